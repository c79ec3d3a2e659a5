import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeHost } from '../../runner/node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS } from '../../runner/types.ts';
import { explainRun } from '../trace/explainRun.ts';
import { layoutTimeline } from './layoutTimeline.ts';

describe('a stream on the timeline (lesson 8)', () => {
  it('holds the context only during each MoveNextAsync, and the narration says so', async () => {
    const host = createNodeHost();
    const lesson = '08-streaming';
    const run = await host.run({
      code: readFileSync(`lessons/${lesson}/starter.ts`, 'utf8'),
      // The lesson's own provider: without MARS the first FindAsync in the loop is refused instead.
      settings: { ...DEFAULT_RUN_SETTINGS, provider: 'sqlserver-mars' },
      lesson,
    });
    host.dispose();
    const layout = layoutTimeline(run);
    const stream = layout.bars.find((b) => b.name === 'AsAsyncEnumerable')!;
    expect(stream.start).toBe(0);
    expect(stream.end).toBe(195);
    // The query's round-trip, then one short stretch per row: never one solid 195 ms hold.
    expect(stream.held).toEqual([
      { start: 0, end: 30 },
      { start: 60, end: 63 },
      { start: 93, end: 96 },
      { start: 126, end: 129 },
      { start: 159, end: 162 },
      { start: 192, end: 195 },
    ]);
    // An ordinary operation holds the context throughout: no stretches drawn.
    expect(layout.bars.filter((b) => b.name === 'FindAsync').every((b) => b.held.length === 0)).toBe(true);
    const story = explainRun(run)!;
    expect(story).toContain('only while MoveNextAsync fetches rows');
    expect(story).not.toContain('kept the context until 195');
  });
});
