/**
 * Groups a flat map of lesson file paths (`/lessons/02-parallel-dashboard/starter.ts` → text), as
 * import.meta.glob or a directory walk gives them, into parsed lessons in the order of the learning path (`path.ts`), each numbered by its place on it.
 */
import { parseLesson } from './parseLesson.ts';
import { LESSON_PATH } from './path.ts';
import type { Lesson } from './types.ts';

export function lessonsFromPaths(
  paths: Record<string, string>,
  path: readonly string[] = LESSON_PATH,
): Lesson[] {
  const byId = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(paths)) {
    const m = /(?:^|\/)lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const [, id, file] = m;
    if (file.endsWith('.test.ts')) continue;
    if (!byId.has(id)) byId.set(id, {});
    byId.get(id)![file] = text;
  }
  const seen = new Set<string>();
  for (const id of path) {
    if (seen.has(id)) throw new Error(`the learning path (src/lessons/path.ts) lists ${id} twice`);
    seen.add(id);
    if (!byId.has(id))
      throw new Error(`the learning path (src/lessons/path.ts) lists ${id}, which has no lesson folder`);
  }
  for (const id of byId.keys()) {
    if (!seen.has(id)) throw new Error(`lessons/${id} is not on the learning path (src/lessons/path.ts)`);
  }
  return path.map((id, i) => parseLesson(id, byId.get(id)!, i + 1));
}
