import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { layoutTimeline, niceTicks } from './layoutTimeline.ts';

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

describe('niceTicks', () => {
  it('uses 1/2/5 steps', () => {
    expect(niceTicks(30)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceTicks(90)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
