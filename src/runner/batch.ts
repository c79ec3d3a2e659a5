/**
 * Many runs of one snippet with different seeds (the race lab, `--runs N`). Aggregation is pure
 * and incremental, so a 1000-run batch keeps one Run in memory at a time.
 *
 * A run counts as a failure when its verdict (verdict.ts) says it failed: it threw, was stopped,
 * some requests answered 500, or a failure went unobserved. `byException` groups each failing
 * run's first exception (the escaped one, else a failed request's, else the first unobserved one)
 * by type and line, most frequent first.
 */
import type { BatchProgress, BatchSummary, Run, RunOutcome, RunRequest } from './types.ts';
import { runVerdict } from './verdict.ts';

/** What a batch keeps of one run: enough to aggregate, small enough to send after each run. */
export interface BatchEntry {
  seed: number;
  outcome: RunOutcome;
  failure: boolean;
  /**
   * The first exception of a failing run, chosen from its verdict: the escaped one, else a failed
   * request's, else the first unobserved one, else an unseen collision's.
   */
  exception: { type: string; line: number | null } | null;
}

export function batchEntryOf(run: Run): BatchEntry {
  const verdict = runVerdict(run);
  const failure = verdict.failed;
  const exception = failure
    ? (verdict.exception ??
      verdict.failedRequests.find((r) => r.exception)?.exception ??
      verdict.unobserved[0] ??
      verdict.unseenCollisions.find((c) => c.exception)?.exception ??
      null)
    : null;
  return {
    seed: run.settings.seed,
    outcome: run.outcome,
    failure,
    exception: exception && { type: exception.type, line: exception.line },
  };
}

export interface BatchAccumulator {
  add(run: Run): void;
  addEntry(entry: BatchEntry): void;
  /** Failing runs so far. */
  readonly failures: number;
  summary(): BatchSummary;
}

export function isFailure(run: Run): boolean {
  return runVerdict(run).failed;
}

export function createBatchAccumulator(): BatchAccumulator {
  let runs = 0;
  const outcomes = { ok: 0, threw: 0, stopped: 0 };
  const failingSeeds: number[] = [];
  const groups = new Map<string, { type: string; line: number | null; count: number }>();
  const addEntry = (entry: BatchEntry) => {
    runs++;
    outcomes[entry.outcome]++;
    if (!entry.failure) return;
    failingSeeds.push(entry.seed);
    const type = entry.exception?.type ?? 'Stopped';
    const line = entry.exception?.line ?? null;
    const key = `${type}@${line}`;
    const group = groups.get(key) ?? { type, line, count: 0 };
    group.count++;
    groups.set(key, group);
  };
  return {
    add: (run) => addEntry(batchEntryOf(run)),
    addEntry,
    get failures() {
      return failingSeeds.length;
    },
    summary() {
      const byException = [...groups.values()].sort(
        (a, b) => b.count - a.count || (a.line ?? 0) - (b.line ?? 0),
      );
      const failures = failingSeeds.length;
      return {
        runs,
        failures,
        failureRate: runs === 0 ? 0 : failures / runs,
        outcomes: { ...outcomes },
        byException: byException.map((g) => ({ ...g })),
        failingSeeds: [...failingSeeds],
      };
    },
  };
}

/** Pure aggregation of finished runs. */
export function summarizeBatch(runs: readonly Run[]): BatchSummary {
  const acc = createBatchAccumulator();
  for (const run of runs) acc.add(run);
  return acc.summary();
}

/**
 * Runs `request` once per seed, sequentially, reporting progress after each run. `runOne` is the
 * host's single-run function; batches turn tracker snapshots off (nobody replays them).
 */
export async function runBatchWith(
  runOne: (request: RunRequest) => Promise<Run>,
  request: RunRequest,
  seeds: readonly number[],
  onProgress?: (progress: BatchProgress, entry: BatchEntry) => void,
  signal?: AbortSignal,
): Promise<BatchSummary> {
  const acc = createBatchAccumulator();
  let done = 0;
  for (const seed of seeds) {
    if (signal?.aborted) throw new BatchCancelledError();
    const run = await runOne({
      ...request,
      trackerSnapshots: false,
      settings: { ...request.settings, seed },
    });
    const entry = batchEntryOf(run);
    acc.addEntry(entry);
    done++;
    onProgress?.({ done, total: seeds.length, failures: acc.failures }, entry);
  }
  return acc.summary();
}

export class BatchCancelledError extends Error {
  constructor() {
    super('The batch was cancelled.');
    this.name = 'BatchCancelledError';
  }
}

/** Seeds `first`, `first + 1`, … (`count` of them). */
export function seedRange(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
