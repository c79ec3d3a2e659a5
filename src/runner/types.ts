/**
 * What the runner hands the rest of the app. The UI and the state layer import these types
 * from here, never from src/sim.
 */
export type {
  Run,
  RunOutcome,
  TraceEvent,
  TraceEventType,
  ExceptionInfo,
  OperationInfo,
  ContextInfo,
  SqlEntry,
  TrackerEntry,
  EntityStateName,
  StackFrame,
  Diagnostic,
  RequestInfo as SimulatedRequest,
} from '../sim/trace.ts';
export type { Provider } from '../sim/provider.ts';
export { PROVIDERS, PROVIDER_LABELS, isProvider } from '../sim/provider.ts';
import { DEFAULT_PROVIDER, type Provider } from '../sim/provider.ts';

/** Per-run settings a learner can change (the race lab) and that a share link carries. */
export interface RunSettings {
  latencyMs: number;
  jitterMs: number;
  seed: number;
  /**
   * The database provider simulated (src/sim/provider.ts): what it changes, and only that.
   * Absent means `sqlserver` (runs, links and saved workspaces from before it existed).
   */
  provider?: Provider;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = {
  latencyMs: 30,
  jitterMs: 0,
  seed: 1,
  provider: DEFAULT_PROVIDER,
};

export interface RunRequest {
  code: string;
  settings: RunSettings;
  /** Lesson id whose model the snippet runs on; default model when absent. */
  lesson?: string;
  /** Emit change-tracker snapshots (the UI's panel); batches turn it off. */
  trackerSnapshots?: boolean;
  /** `csharp`: the code is C#, lowered by src/csharp before it runs (the worker loads it lazily). Default TypeScript. */
  language?: 'typescript' | 'csharp';
  /**
   * The code is C# the front end already lowered (it checked the C# itself): the TypeScript type
   * check, which would read the lowering's helpers as unknown names, is skipped.
   */
  loweredFromCSharp?: boolean;
  /**
   * C# only: lower, do not run (the editor's markers as you type). The answer is a `stopped` Run
   * whose diagnostics are the front end's and whose stopReason is CHECK_ONLY_REASON.
   */
  checkOnly?: boolean;
  /** Load mode: run the snippet as this many concurrent requests, each with its own scope and `db` (default 1). */
  concurrentRequests?: number;
}

/** Aggregate of many runs with different seeds (race lab, `--runs N`). CLI `--json` contract. */
export interface BatchSummary {
  runs: number;
  failures: number;
  failureRate: number;
  outcomes: { ok: number; threw: number; stopped: number };
  byException: { type: string; line: number | null; count: number }[];
  failingSeeds: number[];
}

/** Reported after each run of a batch. */
export interface BatchProgress {
  done: number;
  total: number;
  failures: number;
}

/**
 * One runtime interface, three hosts: a Web Worker in the browser, a worker thread in the CLI
 * (both locked down and bounded from outside), in-process in Node (tests, bench).
 * Every call settles: a host that dies rejects what was pending.
 */
export interface RunHost {
  run(request: RunRequest): Promise<import('../sim/trace.ts').Run>;
  /**
   * Runs `request` once per seed (tracker snapshots off) and aggregates. Rejects with a
   * `BatchCancelledError` when cancelled.
   */
  runBatch(
    request: RunRequest,
    seeds: readonly number[],
    onProgress?: (progress: BatchProgress) => void,
  ): Promise<BatchSummary>;
  /**
   * Ends the current run or batch: a run's promise resolves with a `stopped` Run ("Cancelled…"),
   * a batch's promise rejects.
   */
  cancel(): void;
  dispose(): void;
  /** Starts the host's worker now, without loading what runs need (the browser's host). */
  start?(): void;
  /** Starts loading what runs need, ahead of the first request (the browser's host). */
  warm?(): void;
}
