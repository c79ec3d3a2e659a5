/**
 * Node-side lesson loading (tests, CLI): reads `lessons/NN-slug/*` from disk and parses it with
 * the same pure parser the app uses. The file system comes in as a parameter (pass `node:fs`),
 * so this module typechecks with the app's browser-only types and stays free of Node imports.
 */
import { lessonsFromPaths } from './groupFiles.ts';
import { parseLesson } from './parseLesson.ts';
import { pathNumber } from './path.ts';
import type { Lesson } from './types.ts';

/** The part of `node:fs` this module needs. */
export interface LessonFs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
  statSync(path: string): { isFile(): boolean; isDirectory(): boolean };
}

function readFolder(fs: LessonFs, dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const path = `${dir}/${name}`;
    if (fs.statSync(path).isFile() && !name.endsWith('.test.ts')) files[name] = fs.readFileSync(path, 'utf8');
  }
  return files;
}

/** Every lesson under `lessonsDir` (the repository's `lessons/` folder), in order. */
export function loadLessonsFromDisk(fs: LessonFs, lessonsDir: string): Lesson[] {
  const paths: Record<string, string> = {};
  for (const id of fs.readdirSync(lessonsDir).sort()) {
    const folder = `${lessonsDir}/${id}`;
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const [name, text] of Object.entries(readFolder(fs, folder))) paths[`lessons/${id}/${name}`] = text;
  }
  return lessonsFromPaths(paths);
}

/** One lesson by id (`02-parallel-dashboard`), e.g. for the CLI's `--lesson`. */
export function loadLessonFromDisk(fs: LessonFs, lessonsDir: string, id: string): Lesson {
  return parseLesson(id, readFolder(fs, `${lessonsDir}/${id}`), pathNumber(id));
}
