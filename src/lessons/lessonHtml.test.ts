import { describe, expect, it } from 'vitest';
import { inlineMarkdownToHtml, markdownToHtml } from './lessonHtml.ts';

describe('lesson markdown → HTML (build time)', () => {
  it('drops a leading heading equal to the title, keeps any other', () => {
    expect(markdownToHtml('# One at a time\n\nText', 'One at a time')).toBe('<p>Text</p>\n');
    expect(markdownToHtml('# Something else\n\nText', 'One at a time')).toContain('<h1>Something else</h1>');
  });

  it('keeps the code blocks’ language for colouring', () => {
    expect(markdownToHtml('```cs\nvar x = 1;\n```\n')).toContain('class="language-cs"');
  });

  it('renders a hint inline, without a paragraph', () => {
    expect(inlineMarkdownToHtml('Use `await` *each* time')).toBe('Use <code>await</code> <em>each</em> time');
  });

  it('leaves raw HTML for the build to sanitise', () => {
    // Sanitising needs a DOM: the build does it next (scripts/sanitizeLessonHtml.ts).
    expect(markdownToHtml('<img src=x onerror="alert(1)">')).toContain('onerror');
  });
});
