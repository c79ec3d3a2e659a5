import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { layoutTimeline, niceTicks, type LabelMetrics } from './layoutTimeline.ts';
import { barLabelString } from './barLabel.ts';

describe('layoutTimeline', () => {
  it('draws one lane per context and stacks overlapping bars into rows', () => {
    const layout = layoutTimeline(collisionRun());
    expect(layout.lanes.map((l) => l.context)).toEqual([1]);
    expect(layout.lanes[0].rows).toBe(3);
    expect(layout.bars.map((b) => [b.op, b.row, b.status])).toEqual([
      [1, 0, 'ok'],
      [2, 1, 'threw'],
      [3, 2, 'threw'],
    ]);
  });

  it('puts a collision marker at the instant the detector fired, linked to the holder', () => {
    const layout = layoutTimeline(collisionRun());
    expect(layout.markers).toHaveLength(2);
    expect(layout.markers[0]).toMatchObject({ kind: 'collision', t: 0, op: 2, holder: 1, holderLine: 4, context: 1 });
  });

  it('records connections and when each context was held', () => {
    const layout = layoutTimeline(collisionRun());
    expect(layout.connections).toEqual([{ context: 1, id: 1, start: 0, end: 30 }]);
    expect(layout.held).toEqual([{ context: 1, id: 1, start: 0, end: 30 }]);
  });

  it('gives each factory context its own lane with one row', () => {
    const layout = layoutTimeline(factoryRun());
    expect(layout.lanes.map((l) => [l.context, l.rows, l.origin])).toEqual([
      [2, 1, 'factory'],
      [3, 1, 'factory'],
      [4, 1, 'factory'],
    ]);
    expect(layout.markers).toEqual([]);
    expect(layout.bars.every((b) => b.sql.length === 1)).toBe(true);
  });

  it('marks unobserved failures', () => {
    const run = collisionRun();
    run.operations[2].unobserved = true;
    run.trace.push({ seq: run.trace.length, t: 30, line: 6, flow: 1, type: 'exception', exception: { ...run.exception!, operation: 3 }, unobserved: true });
    const layout = layoutTimeline(run);
    expect(layout.bars[2].status).toBe('unobserved');
    expect(layout.markers.at(-1)).toMatchObject({ kind: 'unobserved', op: 3, context: 1 });
  });
});

describe('layoutTimeline labels', () => {
  // Three operations on one context: a short one, a long one that starts right after it, and an
  // instant at the very end of the run. 1 ms per character, the track from -2 ms to 50 ms.
  function crowdedRun() {
    const run = collisionRun();
    const [a, b, c] = run.operations;
    run.operations = [
      { ...a, name: 'FirstAsync', line: 4, start: 0, end: 5 },
      { ...c, name: 'SaveChangesAsync', line: 13, start: 12, end: 40, status: 'ok' },
      { ...b, name: 'Add', line: 18, start: 45, end: 46 },
    ];
    return run;
  }
  const metrics = (): LabelMetrics => ({ width: (bar, form) => [...barLabelString(bar, form)].length, minBar: 0, from: -2, to: 50 });

  it('without metrics, rows depend on the bars alone', () => {
    expect(layoutTimeline(crowdedRun()).bars.map((b) => b.row)).toEqual([0, 0, 0]);
  });

  it('keeps a label beside its bar clear of the next bar on the row, and inside the track', () => {
    const layout = layoutTimeline(crowdedRun(), metrics);
    const [first, save, add] = layout.bars;
    // "FirstAsync · L4" is 15 ms wide: it goes right of the bar and takes the row up to 20 ms,
    // so SaveChangesAsync (from 12 ms, its label fits inside) moves to the next row.
    expect(first).toMatchObject({ row: 0, label: { side: 'right', form: 'short', room: null } });
    expect(save).toMatchObject({ row: 1, label: { side: 'inside', form: 'short' } });
    // No room right of 46 ms; the long form does not fit left of it on either row, the short one does on row 0.
    expect(add).toMatchObject({ row: 0, label: { side: 'left', form: 'short', room: null } });
    expect(layout.lanes[0].rows).toBe(2);
  });

  it('cuts a label that fits on neither side, on a row of its own', () => {
    const layout = layoutTimeline(crowdedRun(), () => ({ ...metrics(), width: (bar, form) => 10 * barLabelString(bar, form).length }));
    const add = layout.bars[2];
    expect(add.label).toEqual({ side: 'left', form: 'short', room: 47 });
    expect(add.row).toBe(layout.lanes[0].rows - 1);
  });
});

describe('niceTicks', () => {
  it('uses 1/2/5 steps', () => {
    expect(niceTicks(30)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(90)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
