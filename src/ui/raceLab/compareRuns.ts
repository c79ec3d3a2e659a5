/**
 * What the compare view puts side by side for two runs (e.g. the starter pinned, then a fix):
 * pure figures read from each Run, and one row per figure with its change.
 */
import type { Run } from '../../runner/types.ts';
import { runVerdict } from '../../runner/verdict.ts';

export interface RunMetrics {
  outcome: string;
  durationMs: number;
  contexts: number;
  connections: number;
  operations: number;
  /** Most operations in flight at the same instant (on any contexts). */
  maxOverlap: number;
  /** Everything that failed: the escaped exception, failed requests, unobserved failures. */
  failures: number;
  /** Simulated requests that answered 500, of all requests ("–" when there were none). */
  requests: string;
  sql: number;
}

export function maxOverlap(ops: readonly { start: number; end: number }[]): number {
  // Ends sort before starts at the same instant: back-to-back operations do not overlap.
  const points = ops
    .filter((o) => o.end > o.start)
    .flatMap((o) => [[o.start, 1] as const, [o.end, -1] as const]);
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, d] of points) most = Math.max(most, (now += d));
  return most;
}

export function runMetrics(run: Run): RunMetrics {
  const connections = new Set(run.operations.map((o) => o.connection).filter((c) => c !== null));
  const failed = run.requests.filter((r) => r.status >= 500).length;
  const verdict = runVerdict(run);
  return {
    outcome: verdict.label,
    durationMs: run.durationMs,
    contexts: run.contexts.length,
    connections: connections.size,
    operations: run.operations.length,
    maxOverlap: maxOverlap(run.operations),
    failures:
      (verdict.exception ? 1 : 0) +
      verdict.failedRequests.length +
      verdict.unobserved.length +
      verdict.unseenCollisions.length,
    requests: run.requests.length ? `${failed} of ${run.requests.length} failed` : '–',
    sql: run.sql.length,
  };
}

export interface CompareRow {
  label: string;
  pinned: string;
  latest: string;
  /** Signed change for numbers ("+2", "−30 ms"), "" when equal or not a number. */
  delta: string;
  /** Lower is better for every numeric figure but overlap, which is neutral. */
  tone: 'better' | 'worse' | 'same' | 'neutral';
}

const ROWS: { key: keyof RunMetrics; label: string; unit?: string; neutral?: boolean }[] = [
  { key: 'outcome', label: 'Outcome' },
  { key: 'durationMs', label: 'Total time', unit: ' ms' },
  { key: 'failures', label: 'Exceptions' },
  { key: 'requests', label: 'Requests' },
  { key: 'contexts', label: 'Contexts', neutral: true },
  { key: 'connections', label: 'Connections', neutral: true },
  { key: 'operations', label: 'Operations', neutral: true },
  { key: 'maxOverlap', label: 'Most ops at once', neutral: true },
  { key: 'sql', label: 'SQL commands', neutral: true },
];

export function compareRuns(pinned: Run, latest: Run): CompareRow[] {
  const a = runMetrics(pinned);
  const b = runMetrics(latest);
  return ROWS.map(({ key, label, unit = '', neutral }) => {
    const x = a[key];
    const y = b[key];
    if (typeof x !== 'number' || typeof y !== 'number') {
      const tone =
        x === y
          ? 'same'
          : key === 'outcome'
            ? y === 'clean'
              ? 'better'
              : x === 'clean'
                ? 'worse'
                : 'neutral'
            : 'neutral';
      return { label, pinned: String(x), latest: String(y), delta: '', tone };
    }
    const d = y - x;
    const delta = d === 0 ? '' : `${d > 0 ? '+' : '−'}${Math.abs(d)}${unit}`;
    const tone = d === 0 ? 'same' : neutral ? 'neutral' : d < 0 ? 'better' : 'worse';
    return { label, pinned: `${x}${unit}`, latest: `${y}${unit}`, delta, tone };
  });
}
