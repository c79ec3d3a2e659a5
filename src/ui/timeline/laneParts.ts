/**
 * A layout's pieces grouped by lane, once per layout: lanes then render their own bars, spans and
 * markers without filtering the whole run's lists on every playhead move.
 */
import type { BarLayout, MarkerLayout, SpanLayout, TimelineLayout } from './layoutTimeline.ts';

export interface LaneParts {
  bars: BarLayout[];
  /** The same bars by row (index = row), for drawing only the rows in view. */
  byRow: BarLayout[][];
  held: SpanLayout[];
  connections: SpanLayout[];
  markers: MarkerLayout[];
  /** Operations the concurrency detector refused. */
  collisions: number;
  /** Entities the identity map refused (a second instance with a tracked key). */
  conflicts: number;
}

const EMPTY: LaneParts = {
  bars: [],
  byRow: [],
  held: [],
  connections: [],
  markers: [],
  collisions: 0,
  conflicts: 0,
};

export function groupByLane(layout: TimelineLayout): Map<number, LaneParts> {
  const parts = new Map<number, LaneParts>();
  const of = (context: number | null): LaneParts | null => {
    if (context === null) return null;
    let p = parts.get(context);
    if (!p) {
      p = { bars: [], byRow: [], held: [], connections: [], markers: [], collisions: 0, conflicts: 0 };
      parts.set(context, p);
    }
    return p;
  };
  for (const b of layout.bars) {
    const p = of(b.context)!;
    p.bars.push(b);
    (p.byRow[b.row] ??= []).push(b);
  }
  for (const h of layout.held) of(h.context)!.held.push(h);
  for (const c of layout.connections) of(c.context)!.connections.push(c);
  for (const m of layout.markers) {
    const p = of(m.context);
    if (!p) continue;
    p.markers.push(m);
    if (m.kind === 'collision') p.collisions++;
    if (m.kind === 'identity-conflict') p.conflicts++;
  }
  return parts;
}

/** Rows `from`..`to` (inclusive) of a lane, or all of it. */
export interface RowRange {
  from: number;
  to: number;
}

/** The bars to draw: all of them, or those on the rows in range (each row in start order). */
export function barsInRows(parts: LaneParts, rows: RowRange | null): BarLayout[] {
  if (!rows) return parts.bars;
  const out: BarLayout[] = [];
  for (let r = Math.max(0, rows.from); r <= rows.to && r < parts.byRow.length; r++)
    if (parts.byRow[r]) out.push(...parts.byRow[r]);
  return out;
}

export function laneParts(parts: Map<number, LaneParts>, context: number): LaneParts {
  return parts.get(context) ?? EMPTY;
}
