import { describe, expect, it } from 'vitest';
import { collisionRun } from '../../state/fixtures/fixtureRuns.ts';
import { layoutTimeline } from './layoutTimeline.ts';
import { markerText } from './markerText.ts';

function texts(run = collisionRun()) {
  const layout = layoutTimeline(run);
  const bars = new Map(layout.bars.map((b) => [b.op, b]));
  const flows = new Map(layout.flows.map((f) => [f.id, f]));
  return layout.markers.map((m) => markerText(m, bars, flows));
}

describe('markerText', () => {
  it('names both operations of a collision by method, number and line', () => {
    expect(texts()[0]).toMatch(
      /^Collision at 0 ms: \w+ #2 \(line \d+, from 0 ms\) was refused because \w+ #1 \(line 4, from 0 ms\) still held the context$/,
    );
  });

  it('names the flows when two flows ran the same line', () => {
    const run = collisionRun();
    run.operations[1] = { ...run.operations[1], flow: 2, line: run.operations[0].line };
    run.trace.push({
      seq: run.trace.length,
      t: 0,
      line: null,
      flow: 2,
      type: 'flow-start',
      parent: 1,
      label: 'request #2',
    });
    const text = texts(run)[0];
    expect(text).toContain('#2 (line 4, request #2, from 0 ms)');
    expect(text).toContain('#1 (line 4, main, from 0 ms) still held');
  });
});
