/**
 * Pure playback arithmetic over a trace. The playhead is a position `{ cursor, time, wait }`:
 * `cursor` is the index of the last event shown (-1 before the first), `time` the virtual ms
 * shown, `wait` the real ms already spent lingering before the next event.
 */
import type { Run, TraceEvent } from '../runner/types.ts';

export interface PlayPosition {
  cursor: number;
  time: number;
  wait: number;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

const NOTABLE = new Set<TraceEvent['type']>([
  'op-start',
  'op-end',
  'collision',
  'identity-conflict',
  'exception',
  'context-created',
  'context-disposed',
  'console',
]);

/** Real ms (at 1×) the playback lingers on an event, so same-instant events are seen one by one. */
export function dwellOf(ev: TraceEvent): number {
  if (ev.type === 'collision' || ev.type === 'identity-conflict') return 700;
  return NOTABLE.has(ev.type) ? 220 : 30;
}

export function runEnd(run: Run): number {
  const last = run.trace.length ? run.trace[run.trace.length - 1].t : 0;
  return Math.max(run.durationMs, last);
}

/** Virtual ms per real ms at 1×: a whole run's gaps take between 1.5 s and 6 s. */
export function rateOf(run: Run): number {
  const d = Math.max(runEnd(run), 1);
  return d / Math.min(6000, Math.max(1500, d * 40));
}

export function startPosition(): PlayPosition {
  return { cursor: -1, time: 0, wait: 0 };
}

export function endPosition(run: Run): PlayPosition {
  return { cursor: run.trace.length - 1, time: runEnd(run), wait: 0 };
}

export function isAtEnd(run: Run, pos: PlayPosition): boolean {
  return pos.cursor >= run.trace.length - 1;
}

/** Advances the playhead by `dtMs` real milliseconds at `speed`. */
export function advance(run: Run, pos: PlayPosition, dtMs: number, speed: number): PlayPosition {
  const rate = rateOf(run);
  let budget = dtMs * speed;
  let { cursor, time, wait } = pos;
  while (budget > 0 && cursor < run.trace.length - 1) {
    const ev = run.trace[cursor + 1];
    if (ev.t > time) {
      const need = (ev.t - time) / rate;
      if (budget < need) return { cursor, time: time + budget * rate, wait: 0 };
      budget -= need;
      time = ev.t;
    }
    const dwell = dwellOf(ev) - wait;
    if (budget < dwell) return { cursor, time, wait: wait + budget };
    budget -= dwell;
    wait = 0;
    cursor += 1;
  }
  if (cursor >= run.trace.length - 1) time = Math.max(time, Math.min(runEnd(run), time + budget * rate));
  return { cursor, time, wait: 0 };
}

/** The position showing event `index` (clamped). */
export function positionAtEvent(run: Run, index: number): PlayPosition {
  const cursor = Math.max(-1, Math.min(run.trace.length - 1, index));
  return { cursor, time: cursor < 0 ? 0 : run.trace[cursor].t, wait: 0 };
}

/** The position at virtual time `t`: every event at or before `t` shown. */
export function positionAtTime(run: Run, t: number): PlayPosition {
  let cursor = -1;
  while (cursor + 1 < run.trace.length && run.trace[cursor + 1].t <= t) cursor += 1;
  return { cursor, time: Math.max(0, Math.min(t, runEnd(run))), wait: 0 };
}

/**
 * The event at which the run's result is revealed (exception, "What happened", goals, the predict
 * answer): the first failure the playback shows (a collision, an identity conflict, an operation
 * that threw, an exception), or the last event of a run where nothing failed. Until the playhead
 * gets there, the panels do not give away what the animation is about to show.
 */
export function revealIndex(run: Run): number {
  const i = run.trace.findIndex(
    (ev) =>
      ev.type === 'collision' ||
      ev.type === 'identity-conflict' ||
      ev.type === 'exception' ||
      (ev.type === 'op-end' && ev.status === 'threw'),
  );
  return i >= 0 ? i : run.trace.length - 1;
}

/** Whether `pos` has reached the run's result. */
export function reachesResult(run: Run, pos: PlayPosition): boolean {
  return pos.cursor >= revealIndex(run);
}
