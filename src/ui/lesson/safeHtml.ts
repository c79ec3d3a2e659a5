/**
 * Lesson HTML as the page shows it. The markdown was turned into HTML and sanitised at build time
 * (scripts/lessonsModule.ts), so the page inserts it as it is. Code blocks carry a `language-*`
 * class that `colorizeCodeBlocks` later turns into Monaco-coloured tokens; that HTML is made here,
 * so it is sanitised here, with the same DOMPurify options (src/lessons/sanitizeOptions.ts).
 * DOMPurify is loaded then, with Monaco, not in the first chunk.
 */
import { LESSON_SANITIZE_OPTIONS } from '../../lessons/sanitizeOptions.ts';

/** Sanitised HTML (scripts, event handlers, `javascript:` URLs, styles, forms and frames removed). */
async function sanitizeHtml(html: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  // DOMPurify needs a DOM; outside a browser (Node unit tests) nothing is rendered anyway.
  if (!DOMPurify.isSupported) return html;
  return DOMPurify.sanitize(html, LESSON_SANITIZE_OPTIONS);
}

const LANGS: Record<string, string> = {
  ts: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
  cs: 'csharp',
  csharp: 'csharp',
  'c#': 'csharp',
  sql: 'sql',
};

export function monacoLanguageOf(lang: string | undefined): string | null {
  return lang ? (LANGS[lang.toLowerCase()] ?? null) : null;
}

interface Colorizer {
  colorize(text: string, languageId: string, options: { tabSize: number }): Promise<string>;
}

/** Replaces each known-language code block's text with coloured tokens. */
export async function colorizeCodeBlocks(root: HTMLElement, colorizer: Colorizer): Promise<void> {
  const blocks = root.querySelectorAll<HTMLElement>('pre > code[class*="language-"]');
  await Promise.all(
    [...blocks].map(async (code) => {
      const lang = monacoLanguageOf(/language-(\S+)/.exec(code.className)?.[1]);
      if (!lang || code.dataset.colorized) return;
      const html = await colorizer.colorize(code.textContent ?? '', lang, { tabSize: 2 });
      code.innerHTML = await sanitizeHtml(html);
      code.dataset.colorized = 'true';
    }),
  );
}
