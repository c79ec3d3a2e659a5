import { describe, expect, it } from 'vitest';
import { collisionRun } from './fixtures/fixtureRuns.ts';
import {
  advance,
  dwellOf,
  endPosition,
  isAtEnd,
  positionAtEvent,
  positionAtTime,
  startPosition,
} from './playback.ts';

describe('playback', () => {
  const run = collisionRun();

  it('steps event by event and clamps at both ends', () => {
    expect(positionAtEvent(run, -5)).toEqual({ cursor: -1, time: 0, wait: 0 });
    expect(positionAtEvent(run, 999).cursor).toBe(run.trace.length - 1);
    expect(positionAtEvent(run, 15)).toEqual({ cursor: 15, time: 30, wait: 0 });
  });

  it('scrubs by time: every event at or before t is shown', () => {
    expect(positionAtTime(run, 0).cursor).toBe(14);
    expect(positionAtTime(run, 29.9).cursor).toBe(14);
    expect(positionAtTime(run, 30).cursor).toBe(run.trace.length - 1);
  });

  it('lingers on same-instant events so a collision is seen, then reaches the end', () => {
    let pos = startPosition();
    pos = advance(run, pos, dwellOf(run.trace[0]) - 1, 1);
    expect(pos.cursor).toBe(-1);
    pos = advance(run, pos, 2, 1);
    expect(pos.cursor).toBe(0);
    for (let i = 0; i < 200 && !isAtEnd(run, pos); i++) pos = advance(run, pos, 50, 1);
    expect(pos).toEqual(endPosition(run));
  });

  it('plays faster at higher speed', () => {
    const slow = advance(run, startPosition(), 1000, 0.25);
    const fast = advance(run, startPosition(), 1000, 4);
    expect(fast.cursor).toBeGreaterThan(slow.cursor);
  });
});
