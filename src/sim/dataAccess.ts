/**
 * The bridge from operations to SQLite: runs planned commands on the run's sql.js database,
 * logs each one as EF Core does (`Executed DbCommand (30ms) …`) into the Run's SQL log and the
 * trace, and wraps several commands in one transaction (EF Core 7+ skips the transaction for a
 * single command). UPDATE/DELETE that expect a row and get none raise DbUpdateConcurrencyException
 * and roll back, as EF Core's batch executor does.
 */
import type { ExecuteResult as NonQueryResult, QueryResult, SimDatabase } from './data/database.ts';
import type { SqlParameter } from './data/sqlParameter.ts';
import { formatExecutedCommand } from './data/commandLog.ts';
import { formatParameters } from './data/sqlParameter.ts';
import {
  DbUpdateConcurrencyException,
  DbUpdateException,
  InvalidOperationException,
  ObjectDisposedException,
  SqliteException,
  sqliteErrorCode,
} from './exceptions.ts';
import { UPDATE_STORE_EXCEPTION, contextDisposed, updateConcurrency } from './messages.ts';
import { libraryFrames } from './libraryFrames.ts';
import type { Runtime } from './runtime.ts';

export interface PlannedCommand {
  sql: string;
  params: SqlParameter[];
  /** `query` returns rows; `nonquery` returns rows affected plus RETURNING rows. */
  mode: 'query' | 'nonquery';
  /** For UPDATE/DELETE: rows that must be affected, else DbUpdateConcurrencyException. */
  expectRows?: number;
  /**
   * Called with the earlier commands' results just before this one runs: an INSERT of a dependent
   * reads its principal's generated key here (SaveChanges of a new customer with new orders).
   */
  prepare?: (previous: readonly unknown[]) => void;
}

/** The database's own result shapes: rows of a query; rows affected (+ RETURNING rows) of a non-query. */
export type { QueryResult, ExecuteResult as NonQueryResult } from './data/database.ts';

export interface CommandMeta {
  context: number;
  connection: number;
  op: number;
  /** Virtual start time and latency of each command. */
  starts: number[];
  latencies: number[];
  /** The method that runs the commands (for stack frames): `SaveChanges`, `SaveChangesAsync`, … */
  method?: string;
  /** SaveChanges wraps store errors in DbUpdateException, as EF Core's update pipeline does. */
  saving?: boolean;
  /**
   * The context was disposed while the operation was in flight: Dispose closed the connection
   * before the command reached the database, so Microsoft.Data.Sqlite refuses it (scenarios
   * s-detector-save-nothing, s-detector-find-miss: the request scope ends under a pending query).
   */
  connectionClosed?: boolean;
  /** The context's type name, for ObjectDisposedException. */
  contextName?: string;
}

export class DataAccess {
  constructor(
    private readonly rt: Runtime,
    private readonly db: SimDatabase,
    private readonly sensitive: boolean,
  ) {}

  execute(commands: PlannedCommand[], meta: CommandMeta): unknown[] {
    if (meta.connectionClosed && commands.length > 0) this.refuseClosed(commands[0], meta);
    const results: unknown[] = [];
    const transactional = commands.length > 1;
    if (transactional) {
      this.db.execute('BEGIN');
      this.rt.trace.emit({ type: 'transaction', context: meta.context, op: meta.op, action: 'begin' });
    }
    try {
      commands.forEach((cmd, i) => {
        cmd.prepare?.(results);
        const result = this.run(cmd, { ...meta, index: i });
        const rows =
          cmd.mode === 'query'
            ? (result as QueryResult).rows.length
            : (result as NonQueryResult).rowsAffected;
        this.log(cmd, meta, i, rows);
        if (cmd.expectRows !== undefined && rows !== cmd.expectRows) {
          const error = new DbUpdateConcurrencyException(updateConcurrency(cmd.expectRows, rows));
          error.libraryFrames = libraryFrames('concurrency', meta.method ?? 'SaveChangesAsync');
          throw error;
        }
        results.push(result);
      });
    } catch (error) {
      if (transactional) {
        this.db.execute('ROLLBACK');
        this.rt.trace.emit({ type: 'transaction', context: meta.context, op: meta.op, action: 'rollback' });
      }
      throw error;
    }
    if (transactional) {
      this.db.execute('COMMIT');
      this.rt.trace.emit({ type: 'transaction', context: meta.context, op: meta.op, action: 'commit' });
    }
    return results;
  }

  /** SqliteCommand on a closed connection: `ExecuteReader can only be called when the connection is open.` */
  private refuseClosed(cmd: PlannedCommand, meta: CommandMeta): never {
    this.log(cmd, meta, 0, 0, true);
    // EF Core reads every query and every SQLite modification batch with ExecuteReader.
    const method = cmd.mode === 'query' || meta.saving ? 'ExecuteReader' : 'ExecuteNonQuery';
    const error = new InvalidOperationException(`${method} can only be called when the connection is open.`);
    error.libraryFrames = [
      `Microsoft.Data.Sqlite.SqliteCommand.${method}Async(CancellationToken cancellationToken)`,
      `Microsoft.EntityFrameworkCore.Storage.RelationalCommand.${method}Async(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)`,
    ];
    if (!meta.saving) throw error;
    // SaveChanges does not surface the store error: handling it touches the disposed context,
    // whose ObjectDisposedException is what the caller sees (scenario s-dispose-during-save).
    const disposed = new ObjectDisposedException(contextDisposed(meta.contextName ?? 'DbContext'));
    disposed.libraryFrames = [
      'Microsoft.EntityFrameworkCore.DbContext.CheckDisposed()',
      `Microsoft.EntityFrameworkCore.DbContext.${meta.method ?? 'SaveChangesAsync'}(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)`,
    ];
    throw disposed;
  }

  /** One command on SQLite; an error SQLite reports becomes Microsoft.Data.Sqlite's SqliteException. */
  private run(cmd: PlannedCommand, meta: CommandMeta & { index?: number }): QueryResult | NonQueryResult {
    try {
      return cmd.mode === 'query' ? this.db.query(cmd.sql, cmd.params) : this.db.execute(cmd.sql, cmd.params);
    } catch (error) {
      // EF Core logs the failed command (CommandError) before the exception surfaces.
      this.log(cmd, meta, meta.index ?? 0, 0, true);
      const text = error instanceof Error ? error.message : String(error);
      const sqlite = new SqliteException(sqliteErrorCode(text), text);
      sqlite.libraryFrames = [
        'Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)',
        'Microsoft.Data.Sqlite.SqliteDataReader.NextResult()',
      ];
      if (!meta.saving) throw sqlite;
      const wrapped = new DbUpdateException(UPDATE_STORE_EXCEPTION);
      wrapped.inner = sqlite;
      wrapped.libraryFrames = [
        `Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.Execute(IRelationalConnection connection)`,
        `Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.${meta.method ?? 'SaveChanges'}(IList\`1 entriesToSave)`,
      ];
      throw wrapped;
    }
  }

  private log(cmd: PlannedCommand, meta: CommandMeta, i: number, rows: number, failed = false): void {
    const durationMs = meta.latencies[i];
    const index = this.rt.trace.sql.length;
    this.rt.trace.sql.push({
      at: meta.starts[i],
      context: meta.context,
      connection: meta.connection,
      op: meta.op,
      text: cmd.sql,
      parameters: formatParameters(cmd.params, this.sensitive),
      log: formatExecutedCommand({
        elapsedMs: durationMs,
        params: cmd.params,
        sql: cmd.sql,
        sensitive: this.sensitive,
        failed,
      }),
      durationMs,
      rows,
      ...(failed ? { failed } : {}),
    });
    this.rt.trace.emit({
      type: 'command',
      op: meta.op,
      context: meta.context,
      connection: meta.connection,
      sql: index,
      durationMs,
    });
  }
}
