/**
 * Lesson markdown → HTML with `marked` (content is ours, bundled at build time). Code blocks
 * get a `data-lang` that `colorizeCodeBlocks` later turns into Monaco-coloured tokens.
 */
import { marked } from 'marked';

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
  return marked.parse(body, { async: false, gfm: true }) as string;
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
      code.innerHTML = html;
      code.dataset.colorized = 'true';
    }),
  );
}

/** One line of lesson Markdown (a hint: `code`, *emphasis*) → inline HTML, no paragraph. */
export function renderInlineMarkdown(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true }) as string;
}
