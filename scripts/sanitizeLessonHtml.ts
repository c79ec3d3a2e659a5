/**
 * Lesson HTML sanitised at build time, with the page's DOMPurify configuration
 * (src/lessons/sanitizeOptions.ts) on a jsdom window. The page used to sanitise every lesson
 * itself: DOMPurify's set-up and the first lesson's pass were 15–20 ms of the cold load's main
 * thread, for HTML that is the same on every load. Lessons are ours, but markdown passes raw HTML
 * through, so a `<script>`, an `onerror` or a `javascript:` link in a lesson still never reaches
 * the page.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import type { LessonHtml } from '../src/lessons/lessonHtml.ts';
import { LESSON_SANITIZE_OPTIONS } from '../src/lessons/sanitizeOptions.ts';

let purify: ReturnType<typeof createDOMPurify> | null = null;

function sanitizeLessonHtml(html: string): string {
  purify ??= createDOMPurify(new JSDOM('').window);
  return purify.sanitize(html, LESSON_SANITIZE_OPTIONS);
}

export function sanitizedLessonHtml({ body, hints }: LessonHtml): LessonHtml {
  return { body: sanitizeLessonHtml(body), hints: hints.map(sanitizeLessonHtml) };
}
