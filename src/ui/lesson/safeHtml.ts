/**
 * Lesson HTML as the page shows it. The markdown was turned into HTML at build time
 * (src/lessons/lessonHtml.ts); here it is sanitised with DOMPurify (lessons are ours, but markdown
 * passes raw HTML through: a `<script>`, an `onerror` or a `javascript:` link in a lesson must not
 * run). Code blocks carry a `language-*` class that `colorizeCodeBlocks` later turns into
 * Monaco-coloured tokens.
 */
import DOMPurify from 'dompurify';

/** Sanitised HTML (scripts, event handlers, `javascript:` URLs, forms and frames removed). */
export function sanitizeHtml(html: string): string {
  // DOMPurify needs a DOM; outside a browser (Node unit tests) nothing is rendered anyway.
  if (!DOMPurify.isSupported) return html;
  return DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'iframe'] });
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
      code.innerHTML = sanitizeHtml(html);
      code.dataset.colorized = 'true';
    }),
  );
}
