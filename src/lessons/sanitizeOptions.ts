/**
 * How lesson HTML is sanitised with DOMPurify, in one place for both sides: the build
 * (scripts/sanitizeLessonHtml.ts, every lesson's text and hints) and the page (code blocks
 * coloured by Monaco, src/ui/lesson/safeHtml.ts). Scripts, event handlers and `javascript:` URLs
 * are DOMPurify's defaults; we also drop styles, forms and frames.
 */
export const LESSON_SANITIZE_OPTIONS = { FORBID_TAGS: ['style', 'form', 'iframe'] };
