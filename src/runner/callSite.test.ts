import { describe, expect, it } from 'vitest';
import { createSnippetLocator, frameMethodName } from './callSite.ts';
import { compileSnippet } from './compile.ts';
import { transpileSnippet } from './transpile.ts';

describe('frameMethodName', () => {
  it('names snippet frames .NET-style', () => {
    expect(frameMethodName('__snippet')).toBe('Snippet.<Main>');
    expect(frameMethodName('loadOrders')).toBe('Snippet.loadOrders');
    expect(frameMethodName('async loadOrders'.replace('async ', ''))).toBe('Snippet.loadOrders');
    expect(frameMethodName('new Worker')).toBe('Snippet.Worker');
    expect(frameMethodName(undefined)).toBe('Snippet.<lambda>');
    expect(frameMethodName('eval')).toBe('Snippet.<lambda>');
  });
});

describe('snippet locator', () => {
  const code = 'const a = 1;\nfunction inner() {\n  return probe();\n}\nconst r = inner();\nreturn r;';
  const transpiled = transpileSnippet(code);
  const compiled = compileSnippet(transpiled, ['probe', '__guard', '__flow', '__thrown']);
  const locator = createSnippetLocator(transpiled, compiled.url, compiled.firstLine);

  it('maps the live stack (structured API) to snippet lines and columns, innermost first', async () => {
    const site = await compiled.bind([() => locator.callSite(), () => undefined, {}, (v: unknown) => v])();
    expect(site).toEqual({
      line: 3,
      column: 10,
      frames: [
        { method: 'Snippet.inner', line: 3, column: 10 },
        { method: 'Snippet.<Main>', line: 5, column: 11 },
      ],
    });
  });

  it('parses a V8 stack string the same way', async () => {
    const stack = (await compiled.bind([
      () => new Error().stack,
      () => undefined,
      {},
      (v: unknown) => v,
    ])()) as string;
    expect(locator.framesOf(stack).map((f) => [f.method, f.line])).toEqual([
      ['Snippet.inner', 3],
      ['Snippet.<Main>', 5],
    ]);
  });

  it('returns null outside snippet code', () => {
    expect(locator.callSite()).toBeNull();
  });
});
