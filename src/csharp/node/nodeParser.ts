/** The C# parser in Node (CLI, tests): both wasm files straight from node_modules. */
import { createRequire } from 'node:module';
import { loadCSharpParser, type CSharpParser } from '../parser.ts';

const require = createRequire(import.meta.url);

export function loadNodeCSharpParser(): Promise<CSharpParser> {
  return loadCSharpParser({
    runtime: require.resolve('web-tree-sitter/tree-sitter.wasm'),
    grammar: require.resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'),
  });
}
