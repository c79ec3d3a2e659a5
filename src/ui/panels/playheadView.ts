/**
 * What the panels show at the playhead: events up to the cursor, per kind.
 *
 * The playhead moves every frame while a run plays or is scrubbed, so nothing here walks the whole
 * trace per call: each run is indexed once (cached per Run object, which is never mutated) and a
 * cursor is looked up by binary search over that index. Results for the same run and cursor are
 * the same arrays, so memoized children see unchanged props.
 */
import type { Run, SqlEntry, TrackerEntry } from '../../runner/types.ts';

export interface SqlShown {
  entry: SqlEntry;
  index: number;
}

export interface TrackerSnapshot {
  context: number;
  entries: TrackerEntry[];
  seq: number;
  /** The context was disposed at or before the cursor: it tracks nothing any more. */
  disposed?: boolean;
}

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
  t: number;
  line: number | null;
  seq: number;
}

interface RunIndex {
  /** SQL entries by when they become visible (`key`: the seq of their first command, or their time). */
  sql: { keys: number[]; items: SqlShown[]; prefix: boolean; byTime: boolean };
  /** Tracker events in trace order, with the running total of tracked entries after each. */
  tracker: { seqs: number[]; snapshots: TrackerSnapshot[]; totals: number[] };
  console: { seqs: number[]; lines: ConsoleLine[] };
  /** Last computed answers (the playhead usually asks the same cursor several times a frame). */
  memo: Map<string, unknown>;
}

const indexes = new WeakMap<Run, RunIndex>();

/** Count of sorted `keys` that are ≤ `value`. */
export function countAtOrBefore(keys: readonly number[], value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildIndex(run: Run): RunIndex {
  const firstSent = new Map<number, number>();
  let anyCommand = false;
  const trackerSeqs: number[] = [];
  const snapshots: TrackerSnapshot[] = [];
  const totals: number[] = [];
  const perContext = new Map<number, number>();
  const disposed = new Set<number>();
  let total = 0;
  const consoleSeqs: number[] = [];
  const lines: ConsoleLine[] = [];
  for (const ev of run.trace) {
    if (ev.type === 'command') {
      anyCommand = true;
      if (!firstSent.has(ev.sql)) firstSent.set(ev.sql, ev.seq);
    } else if (ev.type === 'tracker') {
      // A disposed context tracks nothing: no later snapshot brings its entries back.
      if (disposed.has(ev.context)) continue;
      total += ev.entries.length - (perContext.get(ev.context) ?? 0);
      perContext.set(ev.context, ev.entries.length);
      trackerSeqs.push(ev.seq);
      snapshots.push({ context: ev.context, entries: ev.entries, seq: ev.seq });
      totals.push(total);
    } else if (ev.type === 'context-disposed' && perContext.has(ev.context) && !disposed.has(ev.context)) {
      disposed.add(ev.context);
      total -= perContext.get(ev.context) ?? 0;
      perContext.set(ev.context, 0);
      trackerSeqs.push(ev.seq);
      snapshots.push({ context: ev.context, entries: [], seq: ev.seq, disposed: true });
      totals.push(total);
    } else if (ev.type === 'console') {
      consoleSeqs.push(ev.seq);
      lines.push({ level: ev.level, text: ev.text, t: ev.t, line: ev.line, seq: ev.seq });
    }
  }
  // With command events, an entry shows once its command was sent; without any, by its time.
  const keyed = run.sql
    .map((entry, index) => ({
      item: { entry, index },
      key: anyCommand ? (firstSent.get(index) ?? Infinity) : entry.at,
    }))
    .filter((k) => k.key !== Infinity);
  const prefix = keyed.every((k, i) => i === 0 || keyed[i - 1].key <= k.key);
  if (!prefix) keyed.sort((a, b) => a.key - b.key || a.item.index - b.item.index);
  return {
    sql: { keys: keyed.map((k) => k.key), items: keyed.map((k) => k.item), prefix, byTime: !anyCommand },
    tracker: { seqs: trackerSeqs, snapshots, totals },
    console: { seqs: consoleSeqs, lines },
    memo: new Map(),
  };
}

function indexOf(run: Run): RunIndex {
  let index = indexes.get(run);
  if (!index) {
    index = buildIndex(run);
    indexes.set(run, index);
  }
  return index;
}

/** One cached answer per kind: the last cursor asked. */
function remember<T>(index: RunIndex, kind: string, cursor: number, compute: () => T): T {
  const hit = index.memo.get(kind) as { cursor: number; value: T } | undefined;
  if (hit && hit.cursor === cursor) return hit.value;
  const value = compute();
  index.memo.set(kind, { cursor, value });
  return value;
}

function sqlCount(run: Run, index: RunIndex, cursor: number): number {
  const { keys, byTime } = index.sql;
  const limit = byTime ? (cursor >= 0 ? (run.trace[cursor]?.t ?? 0) : -1) : cursor;
  return countAtOrBefore(keys, limit);
}

/** SQL commands sent at or before the cursor (by their `command` events), in log order. */
export function sqlUpTo(run: Run, cursor: number): SqlShown[] {
  const index = indexOf(run);
  return remember(index, 'sql', cursor, () => {
    const shown = index.sql.items.slice(0, sqlCount(run, index, cursor));
    return index.sql.prefix ? shown : shown.sort((a, b) => a.index - b.index);
  });
}

/** How many SQL commands were sent at or before the cursor (the tab's badge). */
export function sqlCountUpTo(run: Run, cursor: number): number {
  return sqlCount(run, indexOf(run), cursor);
}

/**
 * The latest change-tracker snapshot of each context at or before the cursor. A disposed context
 * shows as disposed and empty.
 */
export function trackerAt(run: Run, cursor: number): TrackerSnapshot[] {
  const index = indexOf(run);
  return remember(index, 'tracker', cursor, () => {
    const { seqs, snapshots } = index.tracker;
    const latest = new Map<number, TrackerSnapshot>();
    for (let i = 0, n = countAtOrBefore(seqs, cursor); i < n; i++)
      latest.set(snapshots[i].context, snapshots[i]);
    return [...latest.values()].sort((a, b) => a.context - b.context);
  });
}

/** Entries tracked across all contexts at the cursor (the tab's badge). */
export function trackedCountAt(run: Run, cursor: number): number {
  const { seqs, totals } = indexOf(run).tracker;
  const n = countAtOrBefore(seqs, cursor);
  return n === 0 ? 0 : totals[n - 1];
}

export function consoleUpTo(run: Run, cursor: number): ConsoleLine[] {
  const index = indexOf(run);
  return remember(index, 'console', cursor, () =>
    index.console.lines.slice(0, countAtOrBefore(index.console.seqs, cursor)),
  );
}
