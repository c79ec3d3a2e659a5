/** What the panels show at the playhead: events up to the cursor, per kind. */
import type { Run, SqlEntry, TrackerEntry } from '../../runner/types.ts';

/** SQL commands sent at or before the cursor (by their `command` events). */
export function sqlUpTo(run: Run, cursor: number): { entry: SqlEntry; index: number }[] {
  const sent = new Set<number>();
  let any = false;
  for (const ev of run.trace) {
    if (ev.type !== 'command') continue;
    any = true;
    if (ev.seq <= cursor) sent.add(ev.sql);
  }
  const end = cursor >= 0 ? run.trace[cursor]?.t ?? 0 : -1;
  return run.sql
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry, index }) => (any ? sent.has(index) : entry.at <= end));
}

export interface TrackerSnapshot {
  context: number;
  entries: TrackerEntry[];
  seq: number;
  /** The context was disposed at or before the cursor: it tracks nothing any more. */
  disposed?: boolean;
}

/**
 * The latest change-tracker snapshot of each context at or before the cursor. A disposed context
 * tracks nothing: it shows as disposed and empty, and no later snapshot brings its entries back.
 */
export function trackerAt(run: Run, cursor: number): TrackerSnapshot[] {
  const latest = new Map<number, TrackerSnapshot>();
  for (const ev of run.trace) {
    if (ev.seq > cursor) break;
    if (ev.type === 'context-disposed' && latest.has(ev.context)) latest.set(ev.context, { context: ev.context, entries: [], seq: ev.seq, disposed: true });
    if (ev.type === 'tracker' && !latest.get(ev.context)?.disposed) latest.set(ev.context, { context: ev.context, entries: ev.entries, seq: ev.seq });
  }
  return [...latest.values()].sort((a, b) => a.context - b.context);
}

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
  t: number;
  line: number | null;
  seq: number;
}

export function consoleUpTo(run: Run, cursor: number): ConsoleLine[] {
  const out: ConsoleLine[] = [];
  for (const ev of run.trace) {
    if (ev.seq > cursor) break;
    if (ev.type === 'console') out.push({ level: ev.level, text: ev.text, t: ev.t, line: ev.line, seq: ev.seq });
  }
  return out;
}
