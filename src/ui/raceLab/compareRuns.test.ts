import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { compareRuns, maxOverlap, runMetrics } from './compareRuns.ts';

describe('maxOverlap', () => {
  it('counts operations in flight at once; back-to-back ones do not overlap', () => {
    expect(
      maxOverlap([
        { start: 0, end: 30 },
        { start: 30, end: 60 },
      ]),
    ).toBe(1);
    expect(
      maxOverlap([
        { start: 0, end: 30 },
        { start: 10, end: 20 },
        { start: 15, end: 40 },
      ]),
    ).toBe(3);
    expect(maxOverlap([{ start: 5, end: 5 }])).toBe(0);
    expect(maxOverlap([])).toBe(0);
  });
});

describe('compareRuns', () => {
  it('reads the figures of a run', () => {
    const m = runMetrics(collisionRun());
    expect(m.outcome).toBe('threw InvalidOperationException');
    expect(m.failures).toBeGreaterThan(0);
    expect(m.requests).toBe('–');
  });

  it('compares the starter with a fix, marking fewer exceptions as better', () => {
    const rows = compareRuns(collisionRun(), factoryRun());
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
    expect(byLabel['Outcome']).toMatchObject({
      pinned: 'threw InvalidOperationException',
      latest: 'clean',
      tone: 'better',
    });
    expect(byLabel['Exceptions'].tone).toBe('better');
    expect(byLabel['Contexts'].tone).not.toBe('better');
    expect(compareRuns(factoryRun(), factoryRun()).every((r) => r.tone === 'same' && r.delta === '')).toBe(
      true,
    );
  });
});
