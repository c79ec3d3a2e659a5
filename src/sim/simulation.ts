/**
 * The simulator's entry point, as the runner sees it. One Simulation per run: it owns a fresh
 * database, a virtual clock and a trace, hands the runner the snippet's globals, drives the
 * snippet to completion and returns the Run.
 *
 * Everything host-dependent comes in as a parameter (STYLE.md: no ambient time or randomness):
 * sql.js, the macrotask hop that lets the job queue drain, and the call-site locator that maps
 * the current JavaScript stack to snippet lines.
 */
import type { SqlJsStatic } from 'sql.js';
import type { ModelDef } from './data/modelTypes.ts';
import type { Run, StackFrame } from './trace.ts';
import { DEFAULT_PROVIDER, type Provider } from './provider.ts';

export interface SimSettings {
  /** Simulated round-trip per database command, ms. Default 30. */
  latencyMs: number;
  /** Each command's latency is drawn uniformly from [latency − jitter, latency + jitter], never below 0. Default 0. */
  jitterMs: number;
  /** Seed of the PRNG that draws jitter. Default 1. */
  seed: number;
  /** The database provider simulated (provider.ts). Default `sqlserver`. */
  provider: Provider;
  /** Virtual-time cap, ms: a run that passes it stops. Default 600 000 (10 simulated minutes). */
  maxVirtualMs: number;
  /** Cap on simulated operations (EF Core calls). Default 10 000. */
  maxOperations: number;
  /** Cap on scheduler steps in a row without the virtual clock moving (`Task.Delay(0)` in a loop). Default 100 000. */
  maxZeroTimeSteps: number;
  /** Cap on console lines. Default 10 000. */
  maxConsoleLines: number;
  /** Cap on trace events. Default 200 000. */
  maxTraceEvents: number;
}

export const DEFAULT_SETTINGS: SimSettings = {
  latencyMs: 30,
  jitterMs: 0,
  seed: 1,
  provider: DEFAULT_PROVIDER,
  maxVirtualMs: 600_000,
  maxOperations: 10_000,
  maxZeroTimeSteps: 100_000,
  maxConsoleLines: 10_000,
  maxTraceEvents: 200_000,
};

/** Why a run that hit one of the caps above stopped (each names its cap). */
export const LIMIT_REASONS = {
  zeroTimeSteps: (n: number, at: number) =>
    `Stopped after ${n} scheduler steps at ${at} ms of simulated time without the clock moving (the step cap). Is something looping on Task.Delay(0)?`,
  consoleLines: (n: number) =>
    `Stopped after ${n} console lines (the console cap). Is something logging in a loop?`,
  traceEvents: (n: number) =>
    `Stopped after ${n} trace events (the trace cap). Is something looping forever?`,
};

/** Where in the snippet the current API call comes from (top user frame first). */
export interface CallSite {
  line: number;
  column: number;
  /** User frames, innermost first (for the .NET-style stack). */
  frames: StackFrame[];
}

/**
 * How the snippet reached an API, i.e. which call-site marker the runner may answer from:
 * `call`, an explicit call (`db.Orders.ToListAsync()`); `db`, the injected `db`'s first property
 * read (`db.Orders`), which creates its context; `stack`, any other way (a getter or setter,
 * `for await`, `await using`), where only the JavaScript stack knows.
 */
export type CallSiteSource = 'call' | 'db' | 'stack';

export interface SimulationOptions {
  sql: SqlJsStatic;
  settings?: Partial<SimSettings>;
  model?: ModelDef;
  /**
   * Where in the snippet the current call comes from, or null outside snippet code. `source`
   * says how the snippet reached the API, i.e. which call-site marker the runner may answer from
   * instead of reading the JavaScript stack (runner/callSiteMarkers.ts).
   */
  callSite?: (source: CallSiteSource) => CallSite | null;
  /**
   * Called whenever simulator code resumes the snippet (a scheduled event fires, an `await`
   * continues): a call-site marker the snippet set before is stale from then on.
   */
  resumed?: () => void;
  /** Resolves after a macrotask turn (setImmediate / MessageChannel), i.e. once every pending job ran. */
  yieldToHost: () => Promise<void>;
  /** Whether to emit `tracker` snapshot events (the app wants them; batch runs may not). Default true. */
  trackerSnapshots?: boolean;
  /**
   * Load mode: run the snippet as this many concurrent requests (default 1, a plain run). Each
   * request gets its own scope, async flow and `db`; a request that throws answers 500. The run
   * ends `threw` when any request failed (its exception: the first failing request's).
   */
  requests?: number;
}

/** The names bound for a snippet (DESIGN.md §3), plus the transpiler's hidden helpers (`__…`). */
export type SnippetGlobals = Record<string, unknown>;

export interface Simulation {
  readonly globals: SnippetGlobals;
  /**
   * Runs `body` (the snippet) on the virtual clock until it has finished and no simulated
   * work is pending, then returns the Run (without diagnostics: the runner adds those).
   * `body` gets the globals to bind for that invocation: in load mode it is called once per
   * request, each with that request's `db`.
   */
  run(body: (globals: SnippetGlobals) => Promise<unknown>): Promise<Run>;
  /** Stop now (real-time limit hit, or cancelled): the run ends `stopped` with this reason. */
  stop(reason: string): void;
  /** A promise the host saw rejected with no handler (an async snippet function nobody awaited). */
  reportUnhandledRejection(reason: unknown): void;
}
