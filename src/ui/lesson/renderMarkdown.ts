/**
 * Lesson markdown → HTML with `marked`, sanitised with DOMPurify (lessons are ours, but markdown
 * passes raw HTML through: a `<script>`, an `onerror` or a `javascript:` link in a lesson must not
 * run). Code blocks get a `data-lang` that `colorizeCodeBlocks` later turns into Monaco-coloured
 * tokens.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

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

/** Renders the lesson body; a leading `# heading` equal to the title is dropped (the pane shows it). */
export function renderMarkdown(markdown: string, title?: string): string {
  const body = title ? markdown.replace(/^\s*#\s+(.+)\n/, (line, h: string) => (h.trim() === title.trim() ? '' : line)) : markdown;
  return sanitizeHtml(marked.parse(body, { async: false, gfm: true }) as string);
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

/** One line of lesson Markdown (a hint: `code`, *emphasis*) → inline HTML, no paragraph. */
export function renderInlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true }) as string;
}
