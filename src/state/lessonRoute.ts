/**
 * One URL per lesson and per file shown: `#/lesson/<id>` for the learner's code,
 * `#/lesson/<id>/<solution-name>` while a solution's diff is open, and a `.cs` suffix on the file
 * (`starter.cs`, `solution-x.cs`) when the editor is in C#. Share links keep their own `#v1/…` form
 * (shareLink.ts); a route never starts with `#v`, so the two cannot be mistaken for each other.
 */

export interface LessonRoute {
  lesson: string;
  /** The solution whose diff is shown, or null for the learner's code. */
  solution: string | null;
  /** The editor is in C# (the learner's C# buffer, the C# twins of the solutions). */
  csharp: boolean;
}

export const ROUTE_PREFIX = '#/lesson/';

const ID = /^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE = /^(starter|solution-[a-z0-9]+(?:-[a-z0-9]+)*)(\.cs)?$/;

export function formatRoute(route: LessonRoute): string {
  const file = route.solution ?? 'starter';
  if (file === 'starter' && !route.csharp) return ROUTE_PREFIX + route.lesson;
  return `${ROUTE_PREFIX}${route.lesson}/${file}${route.csharp ? '.cs' : ''}`;
}

/** Reads a location hash; null when it is not a lesson route (empty, a share link, garbage). */
export function parseRoute(hash: string): LessonRoute | null {
  if (!hash.startsWith(ROUTE_PREFIX)) return null;
  const [lesson, file, ...rest] = decodeURIComponent(hash.slice(ROUTE_PREFIX.length)).split('/');
  if (rest.length > 0 || !ID.test(lesson)) return null;
  if (file === undefined || file === '') return { lesson, solution: null, csharp: false };
  const m = FILE.exec(file);
  if (!m) return { lesson, solution: null, csharp: false };
  return { lesson, solution: m[1] === 'starter' ? null : m[1], csharp: m[2] === '.cs' };
}
