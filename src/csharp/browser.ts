/**
 * The C# front end in the browser (the run worker): the two wasm files come as URLs from Vite.
 * Imported only with a dynamic `import()`, so tree-sitter and the grammar are their own chunk and
 * a learner who stays in TypeScript never downloads them.
 */
import runtimeUrl from 'web-tree-sitter/tree-sitter.wasm?url';
import grammarUrl from 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm?url';
import { lowerCSharp, type LoweredCSharp } from './lower.ts';
import { loadCSharpParser } from './parser.ts';

export async function lowerInBrowser(source: string): Promise<LoweredCSharp> {
  return lowerCSharp(await loadCSharpParser({ runtime: runtimeUrl, grammar: grammarUrl }), source);
}
