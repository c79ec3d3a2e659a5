/**
 * The app's lessons, parsed at build time by the `virtual:lessons` plugin (scripts/lessonsModule.ts)
 * with the parser Node code uses (loadFromDisk.ts): no fetch, and no YAML or markdown parsing in
 * the browser. Vite-only.
 */
import { error, html, lessons } from 'virtual:lessons';
import type { LessonHtml } from './lessonHtml.ts';
import type { PageLesson } from './types.ts';

/**
 * Every lesson, in order, as the page needs it (types.ts PageLesson). Throws (with the file and
 * field) if a lesson's front matter is invalid.
 */
export function loadLessons(): PageLesson[] {
  if (error !== null) throw new Error(error);
  return lessons;
}

const NO_HTML: LessonHtml = { body: '', hints: [] };

/** A bundled lesson's text and hints as HTML, sanitised at build time. */
export function loadLessonHtml(id: string): LessonHtml {
  return html[id] ?? NO_HTML;
}
