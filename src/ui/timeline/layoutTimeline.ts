/**
 * Timeline geometry from a Run, as pure data: one lane per context (its lifetime), operation bars
 * stacked into rows when they overlap, the instants where the detector or the identity map fired,
 * connections and the spans the context was held. Times stay in virtual ms; the view maps them
 * to pixels or percentages. Nothing here is scripted per lesson: it all comes from the trace.
 */
import type { ContextInfo, Run, SqlEntry } from '../../runner/types.ts';

export type BarStatus = 'ok' | 'threw' | 'unobserved';

/** Where a bar's label is drawn: inside the bar, or beside it (room reserved on its row). */
export type LabelSide = 'inside' | 'right' | 'left';

/** `name`: the name alone; `short`: name · line; `full`: name · line and the exception type. */
export type LabelForm = 'name' | 'short' | 'full';

export interface BarLabel {
  side: LabelSide;
  form: LabelForm;
  /** Room for the label in ms when even the short form did not fit (drawn cut, with an ellipsis). */
  room: number | null;
}

/**
 * What the layout needs to keep labels clear of other bars and inside the track, all in ms at
 * the scale the view draws with. Without it every label counts as zero-wide.
 */
export interface LabelMetrics {
  /** Width of a bar's label in that form, its padding and gap to the bar included. */
  width: (bar: BarLayout, form: LabelForm, side: LabelSide) => number;
  /** Narrowest a bar is drawn. */
  minBar: number;
  /** The track's drawable extent (labels may use the padding either side of the axis). */
  from: number;
  to: number;
}

export interface LaneLayout {
  context: number;
  origin: ContextInfo['origin'] | 'unknown';
  createdAt: number;
  /** null: never disposed during the run. */
  disposedAt: number | null;
  /** The trace events that created and disposed it (null: no disposal), like a bar's seq/endSeq. */
  createdSeq: number;
  disposedSeq: number | null;
  line: number | null;
  rows: number;
}

export interface BarLayout {
  op: number;
  context: number;
  /** The async flow that ran it (see `FlowLayout`). */
  flow: number;
  row: number;
  name: string;
  kind: string;
  entity: string | null;
  start: number;
  end: number;
  status: BarStatus;
  line: number | null;
  summary: string;
  exceptionType: string | null;
  collidedWith: number | null;
  sql: SqlEntry[];
  /** Trace index of the op-start event (for seeking). */
  seq: number;
  /** Trace index of the op-end event (the bar is complete from there on). */
  endSeq: number;
  label: BarLabel;
  /**
   * A stream (AsAsyncEnumerable) holds the context only during each MoveNextAsync: its held
   * stretches, when there is more than one. Empty for an operation that holds it throughout.
   */
  held: { start: number; end: number }[];
}

export interface MarkerLayout {
  kind: 'collision' | 'identity-conflict' | 'unobserved';
  t: number;
  seq: number;
  context: number | null;
  op: number | null;
  /** The operation that held the context (collision) — the connector's other end. */
  holder: number | null;
  line: number | null;
  holderLine: number | null;
  message: string;
}

/**
 * An async flow that ran operations: the snippet's body, a Task.Run, a request, a ForEachAsync
 * worker. `hue` tells flows apart when a run has more than one (null: only one, nothing to tell).
 */
export interface FlowLayout {
  id: number;
  label: string;
  hue: number | null;
}

export interface SpanLayout {
  context: number;
  id: number;
  start: number;
  end: number;
}

export interface TimelineLayout {
  duration: number;
  lanes: LaneLayout[];
  bars: BarLayout[];
  /** The flows that ran operations, in order of their first operation. */
  flows: FlowLayout[];
  markers: MarkerLayout[];
  connections: SpanLayout[];
  /** When each context's critical section was held (id = the holding operation). */
  held: SpanLayout[];
  ticks: number[];
}

/** A "nice" tick step (1, 2 or 5 × 10^k) giving at most `max` ticks over `duration`. */
export function niceTicks(duration: number, max = 8): number[] {
  if (duration <= 0) return [0];
  const raw = duration / max;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= duration + 1e-9; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return ticks;
}

interface Placement {
  label: BarLabel;
  /** The span of the row the bar and its label take. */
  from: number;
  to: number;
}

/**
 * The ways to draw a bar's label, best first: inside (with its line, then the name alone); beside
 * it, right then left, long form then short. `visualEnd` keeps near bars apart; `drawnEnd` is
 * where the bar's box ends.
 */
function placements(bar: BarLayout, visualEnd: number, m: LabelMetrics): Placement[] {
  const drawnEnd = Math.max(bar.end, bar.start + m.minBar);
  const inside = (['short', 'name'] as const).find(
    (form) => drawnEnd - bar.start >= m.width(bar, form, 'inside'),
  );
  if (inside)
    return [{ label: { side: 'inside', form: inside, room: null }, from: bar.start, to: visualEnd }];
  const forms = bar.exceptionType ? (['full', 'short'] as const) : (['short'] as const);
  const out: Placement[] = [];
  for (const side of ['right', 'left'] as const) {
    for (const form of forms) {
      const w = m.width(bar, form, side);
      const p =
        side === 'right'
          ? { from: bar.start, to: Math.max(visualEnd, drawnEnd + w) }
          : { from: bar.start - w, to: visualEnd };
      if (p.from >= m.from && p.to <= m.to) out.push({ label: { side, form, room: null }, ...p });
    }
  }
  return out;
}

/**
 * Assigns rows by time alone, so that a second row always means work that overlapped (sequential
 * calls stay on one row, never a staircase that looks concurrent); bars closer than `minSpan`
 * count as overlapping so both stay visible. Then each label takes the best placement that fits
 * in the gap between its neighbours on the row; one that fits nowhere is cut to the larger gap.
 */
function stack(bars: BarLayout[], minSpan: number, m: LabelMetrics): number {
  const rowEnds: number[] = [];
  const rows: BarLayout[][] = [];
  const sorted = [...bars].sort((a, b) => a.start - b.start || a.seq - b.seq);
  const visualEnd = (bar: BarLayout) => Math.max(bar.end, bar.start + minSpan, bar.start + m.minBar);
  for (const bar of sorted) {
    let row = rowEnds.findIndex((end) => end <= bar.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = visualEnd(bar);
    (rows[row] ??= []).push(bar);
    bar.row = row;
  }
  for (const row of rows) {
    let taken = m.from;
    row.forEach((bar, i) => {
      const next = i + 1 < row.length ? row[i + 1].start : m.to;
      const own = visualEnd(bar);
      const chosen = placements(bar, own, m).find((p) => p.from >= taken && p.to <= next);
      if (chosen) {
        bar.label = chosen.label;
        taken = chosen.to;
        return;
      }
      const drawnEnd = Math.max(bar.end, bar.start + m.minBar);
      const right = next - drawnEnd;
      const left = bar.start - taken;
      const inside = drawnEnd - bar.start;
      // The most room wins; inside, the bar's own edges cut the name.
      if (inside >= right && inside >= left) bar.label = { side: 'inside', form: 'name', room: inside };
      else
        bar.label =
          right >= left
            ? { side: 'right', form: 'short', room: Math.max(0, right) }
            : { side: 'left', form: 'short', room: Math.max(0, left) };
      taken = bar.label.side === 'right' ? next : own;
    });
  }
  return Math.max(1, rowEnds.length);
}

/** Hues far apart on the colour wheel, in the order flows get them. */
const FLOW_HUES = [215, 28, 150, 330, 265, 90, 190, 0];

function flowsOf(run: Run): FlowLayout[] {
  const labels = new Map<number, string>([[1, 'main']]);
  // The snippet's own body is "main" (its flow-start, when there is one, names the snippet).
  // "Parallel.ForEachAsync worker 2" is "worker 2" in a legend that lists four of them.
  for (const ev of run.trace)
    if (ev.type === 'flow-start' && ev.parent !== null)
      labels.set(ev.flow, ev.label.replace(/^Parallel\.ForEachAsync /, ''));
  const ids = [...new Set(run.operations.map((o) => o.flow))];
  return ids.map((id, i) => ({
    id,
    label: labels.get(id) ?? `flow ${id}`,
    hue: ids.length > 1 ? FLOW_HUES[i % FLOW_HUES.length] : null,
  }));
}

const NO_LABELS: LabelMetrics = { width: () => 0, minBar: 0, from: -Infinity, to: Infinity };

function spans(run: Run, open: string, close: string, idKey: 'connection' | 'op', end: number): SpanLayout[] {
  const out: SpanLayout[] = [];
  const openAt = new Map<string, number>();
  for (const ev of run.trace) {
    if (ev.type !== open && ev.type !== close) continue;
    const e = ev as unknown as { context: number; connection: number; op: number };
    const key = `${e.context}:${e[idKey]}`;
    if (ev.type === open) openAt.set(key, ev.t);
    else if (openAt.has(key)) {
      out.push({ context: e.context, id: e[idKey], start: openAt.get(key)!, end: ev.t });
      openAt.delete(key);
    }
  }
  for (const [key, start] of openAt) {
    const [context, id] = key.split(':').map(Number);
    out.push({ context, id, start, end });
  }
  return out;
}

/**
 * Lays out a run. Pass `labels` (from the view's scale) so that rows keep each label clear of the
 * other bars and inside the track; without it, rows depend on the bars alone.
 */
export function layoutTimeline(
  run: Run,
  labels: (duration: number) => LabelMetrics = () => NO_LABELS,
): TimelineLayout {
  const last = run.trace.length ? run.trace[run.trace.length - 1].t : 0;
  const end = Math.max(run.durationMs, last, ...run.operations.map((o) => o.end));
  const duration = end > 0 ? end : 1;
  const opStartSeq = new Map<number, number>();
  const opEnd = new Map<number, { summary: string; exceptionType: string | null; seq: number }>();
  const createdSeq = new Map<number, number>();
  const disposedSeq = new Map<number, number>();
  for (const ev of run.trace) {
    if (ev.type === 'context-created') createdSeq.set(ev.context, ev.seq);
    if (ev.type === 'context-disposed' && !disposedSeq.has(ev.context)) disposedSeq.set(ev.context, ev.seq);
    if (ev.type === 'op-start') opStartSeq.set(ev.op, ev.seq);
    if (ev.type === 'op-end')
      opEnd.set(ev.op, { summary: ev.summary, exceptionType: ev.exception?.type ?? null, seq: ev.seq });
  }
  // Indexed once (a run can hold thousands of operations): SQL per operation, entity per op-start.
  const sqlByOp = new Map<number, SqlEntry[]>();
  for (const s of run.sql) {
    const list = sqlByOp.get(s.op);
    if (list) list.push(s);
    else sqlByOp.set(s.op, [s]);
  }
  const entityByOp = new Map<number, string | null>();
  for (const ev of run.trace) if (ev.type === 'op-start') entityByOp.set(ev.op, ev.entity);
  const bars: BarLayout[] = run.operations.map((o) => ({
    op: o.id,
    context: o.context,
    flow: o.flow,
    row: 0,
    name: o.name,
    kind: o.kind,
    entity: entityByOp.has(o.id) ? entityByOp.get(o.id)! : null,
    start: o.start,
    end: Math.max(o.end, o.start),
    status: o.unobserved ? 'unobserved' : o.status,
    line: o.line,
    summary: opEnd.get(o.id)?.summary ?? '',
    exceptionType: opEnd.get(o.id)?.exceptionType ?? null,
    collidedWith: o.collidedWith,
    sql: sqlByOp.get(o.id) ?? [],
    seq: opStartSeq.get(o.id) ?? 0,
    endSeq: opEnd.get(o.id)?.seq ?? run.trace.length - 1,
    label: { side: 'inside', form: 'short', room: null },
    held: [],
  }));
  const barsByContext = new Map<number, BarLayout[]>();
  for (const b of bars) {
    const list = barsByContext.get(b.context);
    if (list) list.push(b);
    else barsByContext.set(b.context, [b]);
  }
  const infoById = new Map<number, ContextInfo>();
  for (const c of run.contexts) if (!infoById.has(c.id)) infoById.set(c.id, c);
  const contextIds = [...new Set([...run.contexts.map((c) => c.id), ...bars.map((b) => b.context)])];
  const minSpan = duration * 0.04;
  const metrics = labels(duration);
  const lanes: LaneLayout[] = contextIds.map((id) => {
    const info = infoById.get(id);
    return {
      context: id,
      origin: info?.origin ?? 'unknown',
      createdAt: info?.createdAt ?? 0,
      disposedAt: info?.disposedAt ?? null,
      createdSeq: createdSeq.get(id) ?? 0,
      disposedSeq: disposedSeq.get(id) ?? null,
      line: info?.line ?? null,
      rows: stack(barsByContext.get(id) ?? [], minSpan, metrics),
    };
  });
  const contextOfOp = new Map<number, number>();
  for (const o of run.operations) if (!contextOfOp.has(o.id)) contextOfOp.set(o.id, o.context);
  const markers: MarkerLayout[] = [];
  for (const ev of run.trace) {
    if (ev.type === 'collision') {
      markers.push({
        kind: 'collision',
        t: ev.t,
        seq: ev.seq,
        context: ev.context,
        op: ev.op,
        holder: ev.holder,
        line: ev.line,
        holderLine: ev.holderLine,
        message: ev.message,
      });
    } else if (ev.type === 'identity-conflict') {
      markers.push({
        kind: 'identity-conflict',
        t: ev.t,
        seq: ev.seq,
        context: ev.context,
        op: ev.op,
        holder: null,
        line: ev.line,
        holderLine: ev.trackedLine,
        message: ev.message,
      });
    } else if (ev.type === 'exception' && ev.unobserved) {
      const op = ev.exception.operation ?? null;
      const context = op === null ? null : (contextOfOp.get(op) ?? null);
      markers.push({
        kind: 'unobserved',
        t: ev.t,
        seq: ev.seq,
        context,
        op,
        holder: null,
        line: ev.exception.line,
        holderLine: null,
        message: `${ev.exception.type}: ${ev.exception.message}`,
      });
    }
  }
  const held = spans(run, 'detector-enter', 'detector-exit', 'op', duration);
  // Grouped once: a filter per bar was quadratic (25 M comparisons at 5,000 operations).
  const heldByBar = new Map<string, SpanLayout[]>();
  for (const h of held) {
    const key = `${h.context}:${h.id}`;
    const list = heldByBar.get(key);
    if (list) list.push(h);
    else heldByBar.set(key, [h]);
  }
  for (const bar of bars) {
    const own = heldByBar.get(`${bar.context}:${bar.op}`) ?? [];
    if (own.length > 1) bar.held = own.map((h) => ({ start: h.start, end: h.end }));
  }
  return {
    duration,
    lanes,
    bars,
    flows: flowsOf(run),
    markers,
    connections: spans(run, 'connection-open', 'connection-close', 'connection', duration),
    held,
    ticks: niceTicks(duration),
  };
}
