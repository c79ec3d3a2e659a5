/**
 * The C# grammar: tree-sitter's C# parser compiled to WebAssembly (tree-sitter-c-sharp 0.23.5,
 * ABI 15, run by web-tree-sitter 0.25.10). Loaded once, on first use, from wherever the host
 * says the two wasm files are: a file path in Node (node/nodeParser.ts), a URL in the browser
 * (a Vite `?url` import), so this module stays free of Node and DOM APIs.
 */
import { Language, Parser, type Tree } from 'web-tree-sitter';

export interface CSharpWasmLocation {
  /** web-tree-sitter's own `tree-sitter.wasm` (path or URL); default: next to its module. */
  runtime?: string;
  /** `tree-sitter-c_sharp.wasm`: a path or URL, or its bytes. */
  grammar: string | Uint8Array;
}

export interface CSharpParser {
  /** Parses a whole snippet; the caller owns the tree (call `tree.delete()` when done). */
  parse(source: string): Tree;
}

let loading: Promise<CSharpParser> | null = null;

/** The parser, loaded on first call (later calls share it; the location of the first call wins). */
export function loadCSharpParser(location: CSharpWasmLocation): Promise<CSharpParser> {
  loading ??= (async () => {
    const runtime = location.runtime;
    // Only `locateFile` matters; the typings ask for a whole Emscripten module.
    await Parser.init(
      runtime ? ({ locateFile: () => runtime } as unknown as Parameters<typeof Parser.init>[0]) : undefined,
    );
    const language = await Language.load(location.grammar);
    const parser = new Parser();
    parser.setLanguage(language);
    return {
      parse(source: string): Tree {
        const tree = parser.parse(source);
        if (!tree) throw new Error('tree-sitter returned no tree');
        return tree;
      },
    };
  })();
  loading.catch(() => {
    loading = null; // a failed load (e.g. a missing file) can be retried
  });
  return loading;
}
