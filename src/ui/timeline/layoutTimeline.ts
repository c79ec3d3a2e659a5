/**
 * Timeline geometry from a Run, as pure data: one lane per context (its lifetime), operation bars
 * stacked into rows when they overlap, the instants where the detector or the identity map fired,
 * connections and the spans the context was held. Times stay in virtual ms; the view maps them
 * to pixels or percentages. Nothing here is scripted per lesson: it all comes from the trace.
 */
import type { ContextInfo, Run, SqlEntry } from '../../runner/types.ts';

export type BarStatus = 'ok' | 'threw' | 'unobserved';

export interface LaneLayout {
  context: number;
  origin: ContextInfo['origin'] | 'unknown';
  createdAt: number;
  /** null: never disposed during the run. */
  disposedAt: number | null;
  line: number | null;
  rows: number;
}

export interface BarLayout {
  op: number;
  context: number;
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

/** Assigns rows greedily; bars closer than `minSpan` count as overlapping so both stay visible. */
function stack(bars: BarLayout[], minSpan: number): number {
  const rowEnds: number[] = [];
  const sorted = [...bars].sort((a, b) => a.start - b.start || a.seq - b.seq);
  for (const bar of sorted) {
    const visualEnd = Math.max(bar.end, bar.start + minSpan);
    let row = rowEnds.findIndex((end) => end <= bar.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = visualEnd;
    bar.row = row;
  }
  return Math.max(1, rowEnds.length);
}

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

export function layoutTimeline(run: Run): TimelineLayout {
  const last = run.trace.length ? run.trace[run.trace.length - 1].t : 0;
  const end = Math.max(run.durationMs, last, ...run.operations.map((o) => o.end));
  const duration = end > 0 ? end : 1;
  const opStartSeq = new Map<number, number>();
  const opEnd = new Map<number, { summary: string; exceptionType: string | null; seq: number }>();
  for (const ev of run.trace) {
    if (ev.type === 'op-start') opStartSeq.set(ev.op, ev.seq);
    if (ev.type === 'op-end') opEnd.set(ev.op, { summary: ev.summary, exceptionType: ev.exception?.type ?? null, seq: ev.seq });
  }
  const bars: BarLayout[] = run.operations.map((o) => ({
    op: o.id,
    context: o.context,
    row: 0,
    name: o.name,
    kind: o.kind,
    entity: null,
    start: o.start,
    end: Math.max(o.end, o.start),
    status: o.unobserved ? 'unobserved' : o.status,
    line: o.line,
    summary: opEnd.get(o.id)?.summary ?? '',
    exceptionType: opEnd.get(o.id)?.exceptionType ?? null,
    collidedWith: o.collidedWith,
    sql: run.sql.filter((s) => s.op === o.id),
    seq: opStartSeq.get(o.id) ?? 0,
    endSeq: opEnd.get(o.id)?.seq ?? run.trace.length - 1,
  }));
  for (const ev of run.trace) {
    if (ev.type === 'op-start') {
      const bar = bars.find((b) => b.op === ev.op);
      if (bar) bar.entity = ev.entity;
    }
  }
  const contextIds = [...new Set([...run.contexts.map((c) => c.id), ...bars.map((b) => b.context)])];
  const minSpan = duration * 0.04;
  const lanes: LaneLayout[] = contextIds.map((id) => {
    const info = run.contexts.find((c) => c.id === id);
    return {
      context: id,
      origin: info?.origin ?? 'unknown',
      createdAt: info?.createdAt ?? 0,
      disposedAt: info?.disposedAt ?? null,
      line: info?.line ?? null,
      rows: stack(
        bars.filter((b) => b.context === id),
        minSpan,
      ),
    };
  });
  const markers: MarkerLayout[] = [];
  for (const ev of run.trace) {
    if (ev.type === 'collision') {
      markers.push({ kind: 'collision', t: ev.t, seq: ev.seq, context: ev.context, op: ev.op, holder: ev.holder, line: ev.line, holderLine: ev.holderLine, message: ev.message });
    } else if (ev.type === 'identity-conflict') {
      markers.push({ kind: 'identity-conflict', t: ev.t, seq: ev.seq, context: ev.context, op: ev.op, holder: null, line: ev.line, holderLine: ev.trackedLine, message: ev.message });
    } else if (ev.type === 'exception' && ev.unobserved) {
      const op = ev.exception.operation ?? null;
      const context = op === null ? null : (run.operations.find((o) => o.id === op)?.context ?? null);
      markers.push({ kind: 'unobserved', t: ev.t, seq: ev.seq, context, op, holder: null, line: ev.exception.line, holderLine: null, message: `${ev.exception.type}: ${ev.exception.message}` });
    }
  }
  return {
    duration,
    lanes,
    bars,
    markers,
    connections: spans(run, 'connection-open', 'connection-close', 'connection', duration),
    held: spans(run, 'detector-enter', 'detector-exit', 'op', duration),
    ticks: niceTicks(duration),
  };
}
