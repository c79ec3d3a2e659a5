/**
 * EF Core's `Executed DbCommand` log line (RelationalEventId.CommandExecuted, 20101), text from
 * RelationalStrings.resx LogExecutedCommand:
 * `Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}`.
 * CommandTimeout is Microsoft.Data.Sqlite's default, 30 (EFCORE.md §4.2).
 */
import { formatParameters, type SqlParameter } from './sqlParameter.ts';

export interface ExecutedCommand {
  /** Simulated duration; logged rounded, with thousands separators (`{0:N0}`). */
  elapsedMs: number;
  params: readonly SqlParameter[];
  sql: string;
  /** EnableSensitiveDataLogging: real values instead of `'?'`. */
  sensitive: boolean;
  commandTimeout?: number;
  /** RelationalEventId.CommandError: `Failed executing DbCommand (…ms) [Parameters=…`. */
  failed?: boolean;
}

/** `1234.4` → `1,234` (invariant culture N0). */
function formatN0(ms: number): string {
  const rounded = Math.round(Math.max(0, ms));
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The full log message for one executed command. */
export function formatExecutedCommand(cmd: ExecutedCommand): string {
  return (
    `${cmd.failed ? 'Failed executing' : 'Executed'} DbCommand (${formatN0(cmd.elapsedMs)}ms) [Parameters=[${formatParameters(cmd.params, cmd.sensitive)}], ` +
    `CommandType='Text', CommandTimeout='${cmd.commandTimeout ?? 30}']\n${cmd.sql}`
  );
}
