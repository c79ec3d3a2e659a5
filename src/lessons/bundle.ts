/**
 * The app's lessons, bundled by Vite at build time (no fetch at run time). Vite-only: Node code
 * reads the same files with loadFromDisk.ts.
 */
import { lessonsFromPaths } from './groupFiles.ts';
import type { Lesson } from './types.ts';

const files = import.meta.glob('/lessons/*/*', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

let cached: Lesson[] | null = null;

/** Every lesson, in order. Throws (with the file and field) if a lesson's front matter is invalid. */
export function loadLessons(): Lesson[] {
  cached ??= lessonsFromPaths(files);
  return cached;
}
