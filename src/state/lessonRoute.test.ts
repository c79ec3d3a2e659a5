import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './lessonRoute.ts';
import { decodeShare } from './shareLink.ts';

describe('lesson routes', () => {
  it('round-trips a lesson, a solution diff and the C# tab', () => {
    for (const route of [
      { lesson: '03-missing-await', solution: null, csharp: false },
      { lesson: '02-parallel-dashboard', solution: 'solution-factory', csharp: false },
      { lesson: '02-parallel-dashboard', solution: null, csharp: true },
      { lesson: '02-parallel-dashboard', solution: 'solution-sequential', csharp: true },
    ]) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
    expect(formatRoute({ lesson: '03-missing-await', solution: null, csharp: false })).toBe(
      '#/lesson/03-missing-await',
    );
    expect(formatRoute({ lesson: '02-parallel-dashboard', solution: null, csharp: true })).toBe(
      '#/lesson/02-parallel-dashboard/starter.cs',
    );
  });

  it('is not a share link, and a share link is not a route', () => {
    const long = '#/lesson/11-sensitive-data-logging/solution-no-tracking-everywhere.cs';
    expect(decodeShare(long)).toEqual({ kind: 'none' });
    expect(parseRoute('#v1/N4Ig')).toBeNull();
    expect(parseRoute('')).toBeNull();
  });

  it('ignores what it does not understand', () => {
    expect(parseRoute('#/lesson/../etc')).toBeNull();
    expect(parseRoute('#/lesson/03-x/a/b')).toBeNull();
    expect(parseRoute('#/lesson/03-x/readme.md')).toEqual({ lesson: '03-x', solution: null, csharp: false });
  });
});
