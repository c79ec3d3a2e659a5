/**
 * Many runs of one snippet with different seeds (the race lab, `--runs N`). Aggregation is pure
 * and incremental, so a 1000-run batch keeps one Run in memory at a time.
 *
 * A run counts as a failure when its verdict (verdict.ts) says it failed: it threw, was stopped,
 * some requests answered 500, or a failure went unobserved. `byException` groups each failing
 * run's first exception (the escaped one, else a failed request's, else the first unobserved one)
 * by type and line, most frequent first.
 */
import type { BatchProgress, BatchSummary, Run, RunRequest } from './types.ts';
import { runVerdict } from './verdict.ts';

export interface BatchAccumulator {
  add(run: Run): void;
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
  return {
    add(run) {
      runs++;
      outcomes[run.outcome]++;
      if (!isFailure(run)) return;
      failingSeeds.push(run.settings.seed);
      const verdict = runVerdict(run);
      const exception =
        verdict.exception ??
        verdict.failedRequests.find((r) => r.exception)?.exception ??
        verdict.unobserved[0] ??
        verdict.unseenCollisions.find((c) => c.exception)?.exception ??
        null;
      const type = exception?.type ?? 'Stopped';
      const line = exception?.line ?? null;
      const key = `${type}@${line}`;
      const group = groups.get(key) ?? { type, line, count: 0 };
      group.count++;
      groups.set(key, group);
    },
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
  onProgress?: (progress: BatchProgress) => void,
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
    acc.add(run);
    done++;
    onProgress?.({ done, total: seeds.length, failures: acc.failures });
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
