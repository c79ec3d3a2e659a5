import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../runner/types.ts';
import { makeRun } from '../../lessons/testSupport/handMadeRuns.ts';
import { trackerAt } from './playheadView.ts';

const entry = {
  entity: 'User',
  key: '{Id: 1}',
  state: 'Unchanged' as const,
  modified: [],
  values: { Id: '1' },
  originals: {},
};

describe('trackerAt', () => {
  it('a disposed context tracks nothing, and no later snapshot brings its entries back', () => {
    const events = [
      { type: 'tracker', context: 1, entries: [entry] },
      { type: 'context-disposed', context: 1 },
      // A late operation on the disposed context (fire and forget) records a snapshot after the disposal.
      { type: 'tracker', context: 1, entries: [entry] },
      { type: 'tracker', context: 2, entries: [entry] },
    ].map((e, seq) => ({ seq, t: seq, line: null, flow: 1, ...e }) as TraceEvent);
    const run = makeRun({ trace: events });
    expect(trackerAt(run, 0)).toMatchObject([{ context: 1, entries: [entry] }]);
    expect(trackerAt(run, 1)).toMatchObject([{ context: 1, entries: [], disposed: true }]);
    expect(trackerAt(run, 3)).toMatchObject([
      { context: 1, entries: [], disposed: true },
      { context: 2, entries: [entry] },
    ]);
  });
});
