/**
 * `npm run -s scenario -- FILE.ts [--seed N] [--latency MS] [--jitter MS] [--provider P] [--lesson ID] [--json] [--runs N]`
 * (DESIGN.md §4). Pure parsing, so the CLI's contract is testable without a process.
 */
import { DEFAULT_RUN_SETTINGS, PROVIDERS, isProvider, type RunSettings } from './types.ts';

export interface CliArgs {
  file: string;
  settings: RunSettings;
  /** The settings flags actually given (the rest may come from the lesson). */
  explicit: Partial<RunSettings>;
  lesson: string | null;
  json: boolean;
  /** `--runs N`: a batch of N seeds starting at `--seed` (default 1). */
  runs: number | null;
  /** Print no colors (`--no-color`, or stdout is not a terminal). */
  noColor: boolean;
}

export const CLI_USAGE =
  'usage: npm run -s scenario -- FILE.ts|FILE.cs [--seed N] [--latency MS] [--jitter MS] [--provider sqlserver|sqlserver-mars|sqlite] [--lesson ID] [--runs N] [--json] [--no-color]';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${CLI_USAGE}`);
    this.name = 'CliUsageError';
  }
}

function integer(flag: string, text: string | undefined, min: number): number {
  if (text === undefined || text.startsWith('--')) throw new CliUsageError(`${flag} needs a value`);
  if (!/^-?\d+$/.test(text)) throw new CliUsageError(`${flag} must be an integer, got "${text}"`);
  const value = Number(text);
  if (value < min) throw new CliUsageError(`${flag} must be at least ${min}, got ${value}`);
  return value;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const settings: RunSettings = { ...DEFAULT_RUN_SETTINGS };
  /** Settings given on the command line; they win over a lesson's own. */
  const explicit: Partial<RunSettings> = {};
  let file: string | null = null;
  let lesson: string | null = null;
  let json = false;
  let runs: number | null = null;
  let noColor = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--seed':
        settings.seed = explicit.seed = integer(flag, value(), 0);
        break;
      case '--latency':
        settings.latencyMs = explicit.latencyMs = integer(flag, value(), 0);
        break;
      case '--jitter':
        settings.jitterMs = explicit.jitterMs = integer(flag, value(), 0);
        break;
      case '--provider': {
        const name = value();
        if (!isProvider(name))
          throw new CliUsageError(`--provider must be one of ${PROVIDERS.join(', ')}, got "${name ?? ''}"`);
        settings.provider = explicit.provider = name;
        break;
      }
      case '--runs':
        runs = integer(flag, value(), 1);
        break;
      case '--lesson': {
        const id = value();
        if (!id || id.startsWith('--'))
          throw new CliUsageError('--lesson needs a lesson id (a folder of lessons/)');
        lesson = id;
        break;
      }
      case '--json':
        json = true;
        break;
      case '--no-color':
        noColor = true;
        break;
      case '--help':
      case '-h':
        throw new CliUsageError('help');
      default:
        if (flag.startsWith('-')) throw new CliUsageError(`unknown flag ${flag}`);
        if (file !== null)
          throw new CliUsageError(`one snippet file at a time (got "${file}" and "${flag}")`);
        file = flag;
    }
  }
  if (file === null) throw new CliUsageError('no snippet file given');
  return { file, settings, explicit, lesson, json, runs, noColor };
}
