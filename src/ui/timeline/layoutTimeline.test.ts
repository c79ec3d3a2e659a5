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
    expect(layout.markers[0]).toMatchObject({
      kind: 'collision',
      t: 0,
      op: 2,
      holder: 1,
      holderLine: 4,
      context: 1,
    });
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
    run.trace.push({
      seq: run.trace.length,
      t: 30,
      line: 6,
      flow: 1,
      type: 'exception',
      exception: { ...run.exception!, operation: 3 },
      unobserved: true,
    });
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
  const metrics = (): LabelMetrics => ({
    width: (bar, form) => [...barLabelString(bar, form)].length,
    minBar: 0,
    from: -2,
    to: 50,
  });

  it('without metrics, rows depend on the bars alone', () => {
    expect(layoutTimeline(crowdedRun()).bars.map((b) => b.row)).toEqual([0, 0, 0]);
  });

  it('never adds a row for a label: sequential bars share a row, labels are cut to their gap', () => {
    const layout = layoutTimeline(crowdedRun(), metrics);
    const [first, save, add] = layout.bars;
    expect(layout.lanes[0].rows).toBe(1);
    // "FirstAsync · L4" (15 ms) fits neither inside, nor right (SaveChangesAsync starts at 12 ms),
    // nor left of 0 ms: it is cut to the 7 ms before the next bar.
    expect(first).toMatchObject({ row: 0, label: { side: 'right', form: 'short', room: 7 } });
    expect(save).toMatchObject({ row: 0, label: { side: 'inside', form: 'short', room: null } });
    // 4 ms right of it to the track's end, 5 ms left of it to SaveChangesAsync: the larger side.
    expect(add).toMatchObject({ row: 0, label: { side: 'left', form: 'short', room: 5 } });
  });

  it('places a label beside its bar when the gap on its row has room', () => {
    const run = crowdedRun();
    run.operations[1] = { ...run.operations[1], start: 25 };
    const first = layoutTimeline(run, metrics).bars[0];
    expect(first).toMatchObject({ row: 0, label: { side: 'right', form: 'short', room: null } });
  });

  it('gives a second row only to work that overlapped in time', () => {
    const run = crowdedRun();
    run.operations[2] = { ...run.operations[2], start: 30, end: 35 };
    const layout = layoutTimeline(run, metrics);
    expect(layout.bars.map((b) => b.row)).toEqual([0, 0, 1]);
    expect(layout.lanes[0].rows).toBe(2);
  });
});

describe('niceTicks', () => {
  it('uses 1/2/5 steps', () => {
    expect(niceTicks(30)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(90)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
