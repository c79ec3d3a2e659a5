/**
 * The declaration files of the pre-run type check (typeCheck.ts), bundled into the run worker:
 * the ES2022 + esnext.disposable libraries the editor checks with (no DOM) and the snippet API.
 * Imported lazily (its own chunk) on the first run.
 */
import snippetGlobals from '../snippet-globals.d.ts?raw';
import { SNIPPET_GLOBALS_FILE } from '../typeCheck.ts';

const libs = import.meta.glob<string>(
  [
    '/node_modules/typescript/lib/lib.es5.d.ts',
    '/node_modules/typescript/lib/lib.es201[5-9]*.d.ts',
    '/node_modules/typescript/lib/lib.es202[0-2]*.d.ts',
    '/node_modules/typescript/lib/lib.esnext.disposable.d.ts',
    '/node_modules/typescript/lib/lib.decorators*.d.ts',
    '!**/*.full.d.ts',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const byName = new Map(
  Object.entries(libs).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
byName.set(SNIPPET_GLOBALS_FILE, snippetGlobals);

/** Every file it holds, for parsing them ahead of the first check. */
export const declarationNames: readonly string[] = [...byName.keys()];

export function readDeclarations(name: string): string | undefined {
  return byName.get(name);
}
