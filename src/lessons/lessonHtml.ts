/**
 * Lesson markdown → HTML, done at build time (scripts/lessonsModule.ts) so the page needs no
 * markdown parser: `marked` and the first parse of a lesson cost 30–40 ms of the cold load.
 * The HTML is not sanitised here (this module needs no DOM): the build sanitises it next
 * (scripts/sanitizeLessonHtml.ts), so a `<script>` or an `onerror` in a lesson never reaches the
 * page whatever produced the HTML.
 */
import { marked } from 'marked';
import type { Lesson } from './types.ts';

export interface LessonHtml {
  /** The lesson's body; a leading `# heading` equal to the title is dropped (the pane shows it). */
  body: string;
  /** Each hint as inline HTML (no paragraph). */
  hints: string[];
}

export function markdownToHtml(markdown: string, title?: string): string {
  const body = title
    ? markdown.replace(/^\s*#\s+(.+)\n/, (line, h: string) => (h.trim() === title.trim() ? '' : line))
    : markdown;
  return marked.parse(body, { async: false, gfm: true }) as string;
}

/** One line of lesson Markdown (a hint: `code`, *emphasis*) → inline HTML, no paragraph. */
export function inlineMarkdownToHtml(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true }) as string;
}

export function lessonHtml(lesson: Lesson): LessonHtml {
  return {
    body: markdownToHtml(lesson.markdown, lesson.title),
    hints: lesson.hints.map(inlineMarkdownToHtml),
  };
}
