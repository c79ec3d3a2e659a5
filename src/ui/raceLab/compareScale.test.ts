import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { compareLayouts } from './compareScale.ts';

describe('compareLayouts', () => {
  it('lays two runs out on the longer one’s scale, in the order given, each keeping its own duration', () => {
    const short = collisionRun();
    const long = { ...factoryRun(), durationMs: 500 };
    for (const runs of [
      [short, long],
      [long, short],
    ]) {
      const c = compareLayouts(runs, 400);
      expect(c.duration).toBe(500);
      expect(c.layouts.map((l) => l.duration === 500)).toEqual(runs.map((r) => r === long));
      expect(c.ticks.at(-1)).toBeLessThanOrEqual(500);
      expect(c.ticks.at(-1)).toBeGreaterThan(250);
    }
  });
});
