/** The module scripts/lessonsModule.ts generates at build time. */
declare module 'virtual:lessons' {
  import type { PageLesson } from './types.ts';
  import type { LessonHtml } from './lessonHtml.ts';
  /** Every lesson, parsed, in the learning path's order (no markdown, no expectations); empty when `error` is set. */
  export const lessons: PageLesson[];
  /** Each lesson's text and hints as HTML (sanitised with DOMPurify at build time), by lesson id. */
  export const html: Record<string, LessonHtml>;
  /** Why the lessons could not be parsed (the file and field), or null. */
  export const error: string | null;
}
