import { describe, expect, it } from 'vitest';
import { migratePersisted } from './migrate.ts';

describe('migratePersisted', () => {
  it('turns anything into a valid persisted state', () => {
    const s = migratePersisted('garbage', 0);
    expect(s).toMatchObject({ lessonId: null, buffers: {}, shared: null, theme: 'system', speed: 1 });
    expect(s.settings).toEqual({ latencyMs: 30, jitterMs: 0, seed: 1 });
  });

  it('reads the C# buffers and the language; older state has neither (the first visit asks)', () => {
    expect(migratePersisted({ buffers: { a: 'ts' } }, 2)).toMatchObject({
      buffers: { a: 'ts' },
      csBuffers: {},
      language: null,
    });
    const s = migratePersisted(
      {
        csBuffers: { a: 'var x = 1;', b: 2 },
        language: 'csharp',
        shared: { lesson: 'a', code: 'c', language: 'csharp' },
      },
      2,
    );
    expect(s).toMatchObject({
      csBuffers: { a: 'var x = 1;' },
      language: 'csharp',
      shared: { language: 'csharp' },
    });
    expect(migratePersisted({ language: 'cobol' }, 2).language).toBeNull();
  });

  it('keeps valid fields and drops invalid ones', () => {
    const s = migratePersisted(
      {
        lessonId: '01-a',
        buffers: { '01-a': 'code', bad: 3 },
        progress: { '01-a': { status: 'done', runs: 2, prediction: 1 }, x: 5 },
        theme: 'dark',
        speed: 3,
      },
      1,
    );
    expect(s.buffers).toEqual({ '01-a': 'code' });
    expect(s.progress).toEqual({ '01-a': { status: 'done', runs: 2, prediction: 1 } });
    expect(s.theme).toBe('dark');
    expect(s.speed).toBe(1);
  });

  it('reads the lesson list choice and the workspace split, version 1 defaults following the window', () => {
    expect(migratePersisted({ navCollapsed: false }, 1).navCollapsed).toBeNull();
    expect(migratePersisted({ navCollapsed: true }, 1).navCollapsed).toBe(true);
    expect(migratePersisted({ navCollapsed: false }, 2).navCollapsed).toBe(false);
    expect(migratePersisted({}, 2)).toMatchObject({
      navCollapsed: null,
      split: { editor: 38, timeline: 36 },
    });
    expect(migratePersisted({ split: { editor: 60, timeline: 50 } }, 2).split).toEqual({
      editor: 60,
      timeline: 30,
    });
    expect(migratePersisted({ split: { editor: 'x', timeline: -3 } }, 2).split).toEqual({
      editor: 38,
      timeline: 15,
    });
  });

  it('keeps how many hints were revealed, dropping a nonsense count', () => {
    const s = migratePersisted(
      {
        progress: {
          a: { status: 'in-progress', runs: 0, hints: 2 },
          b: { status: 'done', runs: 1, hints: 'x' },
        },
      },
      2,
    );
    expect(s.progress).toEqual({
      a: { status: 'in-progress', runs: 0, hints: 2 },
      b: { status: 'done', runs: 1 },
    });
  });
});
