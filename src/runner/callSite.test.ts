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
  const compiled = compileSnippet(transpiled, ['probe', '__guard', '__flow', '__thrown', '__at']);
  const locator = createSnippetLocator(transpiled, compiled.url, compiled.firstLine);

  it('maps the live stack (structured API) to snippet lines and columns, innermost first', async () => {
    const site = await compiled.bind([
      () => locator.callSite(),
      () => undefined,
      {},
      (v: unknown) => v,
      () => [],
    ])();
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
      () => [],
    ])()) as string;
    expect(locator.framesOf(stack).map((f) => [f.method, f.line])).toEqual([
      ['Snippet.inner', 3],
      ['Snippet.<Main>', 5],
    ]);
  });

  it('returns null outside snippet code', () => {
    expect(locator.callSite()).toBeNull();
  });

  it('agrees with the call-site markers for every top-level call', async () => {
    const source = [
      'probe();',
      'const x = { run: probe };',
      'x.run(probe(), probe());',
      'await Promise.resolve(probe());',
      'new (class { constructor() { probe(); } })();',
      '  probe(',
      '    1);',
    ].join('\n');
    const t = transpileSnippet(source);
    const c = compileSnippet(t, ['probe', '__guard', '__flow', '__thrown', '__at']);
    const l = createSnippetLocator(t, c.url, c.firstLine);
    let marker = -1;
    const seen: [unknown, unknown][] = [];
    const probe = () => {
      const site = t.sites[marker];
      const fromStack = l.callSite();
      seen.push([
        site?.main ? { line: site.line, column: site.column } : 'nested',
        site?.main ? { line: fromStack?.line, column: fromStack?.column } : 'nested',
      ]);
    };
    await c.bind([
      probe,
      () => undefined,
      { current: () => 0, restore: (_f: number, v: unknown) => v },
      (v: unknown) => v,
      (id: number) => ((marker = id), []),
    ])();
    expect(seen).toHaveLength(7);
    for (const [fromMarker, fromStack] of seen) expect(fromMarker).toEqual(fromStack);
  });
});
