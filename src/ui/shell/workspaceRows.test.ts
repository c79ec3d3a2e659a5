import { describe, expect, it } from 'vitest';
import { workspaceRows } from './workspaceRows.ts';

const split = { editor: 38, timeline: 36 };

describe('workspaceRows', () => {
  it('keeps the editor height whatever the timeline wants (Run never resizes it)', () => {
    const before = workspaceRows({ avail: 700, split, natural: 130, tight: 130 });
    const after = workspaceRows({ avail: 700, split, natural: 420, tight: 260 });
    expect(after.editor).toBe(before.editor);
    expect(before.editor).toBe(266);
  });

  it("keeps the separator's share when the lanes need less (the learner's split wins)", () => {
    expect(workspaceRows({ avail: 700, split, natural: 180, tight: 150 })).toEqual({
      editor: 266,
      timeline: 252,
      panels: 182,
    });
    expect(
      workspaceRows({ avail: 700, split: { editor: 38, timeline: 52 }, natural: 180, tight: 150 }),
    ).toMatchObject({ timeline: 364, panels: 70 });
  });

  it('stops at the separator when the lanes fit there, even if tightly', () => {
    expect(workspaceRows({ avail: 700, split, natural: 400, tight: 200 }).timeline).toBe(252);
  });

  it('goes past the separator to show every lane, keeping the run details visible', () => {
    expect(workspaceRows({ avail: 700, split, natural: 500, tight: 300 }).timeline).toBe(300);
    expect(workspaceRows({ avail: 700, split, natural: 900, tight: 600 })).toMatchObject({
      timeline: 344,
      panels: 90,
    });
  });
});
