/**
 * The snippet API's declarations as text, for the editor (Monaco `addExtraLib`), plus the
 * compiler settings a snippet is checked with. Vite-only (`?raw`); Node reads the file itself.
 */
import snippetGlobalsDts from './snippet-globals.d.ts?raw';

/** Contents of snippet-globals.d.ts. */
export const SNIPPET_GLOBALS_DTS: string = snippetGlobalsDts;

/** Where the editor should mount the declarations. */
export const SNIPPET_GLOBALS_URI = 'file:///snippet-globals.d.ts';

/**
 * How to check a snippet (as TypeScript compiler option names/values): ES2022 without DOM (a
 * snippet has no window, fetch or real timers), each file a module so top-level `await` works.
 */
export const SNIPPET_COMPILER_SETTINGS = {
  target: 'ES2022',
  module: 'ESNext',
  lib: ['es2022', 'esnext.disposable'],
  moduleDetection: 'force',
  strict: true,
} as const;
