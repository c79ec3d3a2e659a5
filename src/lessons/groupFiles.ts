/**
 * Groups a flat map of lesson file paths (`/lessons/02-parallel-dashboard/starter.ts` → text), as
 * import.meta.glob or a directory walk gives them, into parsed lessons sorted by order.
 */
import { parseLesson } from './parseLesson.ts';
import type { Lesson } from './types.ts';

export function lessonsFromPaths(paths: Record<string, string>): Lesson[] {
  const byId = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(paths)) {
    const m = /(?:^|\/)lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    const [, id, file] = m;
    if (file.endsWith('.test.ts')) continue;
    if (!byId.has(id)) byId.set(id, {});
    byId.get(id)![file] = text;
  }
  const lessons = [...byId.entries()].map(([id, files]) => parseLesson(id, files));
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    if (lessons[i].order === lessons[i - 1].order) {
      throw new Error(
        `lessons/${lessons[i].id}: order ${lessons[i].order} is also used by lessons/${lessons[i - 1].id}`,
      );
    }
  }
  return lessons;
}
