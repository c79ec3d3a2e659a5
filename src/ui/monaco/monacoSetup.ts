/**
 * Monaco, bundled (no CDN): workers wired the Vite way, @monaco-editor/react pointed at this
 * instance, TypeScript configured for snippets (module-like files so top-level await works and
 * buffers never clash; ES2022 without DOM), the snippet API's .d.ts for IntelliSense, themes.
 * Imported lazily by the editor so the first screen never waits for it.
 */
import * as monaco from './monacoEditor.ts';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { FALLBACK_GLOBALS } from './fallbackGlobals.ts';
import { unicodeHighlightOptions } from './unicodeHighlight.ts';

self.MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });

// The runner's declaration of the snippet globals, when it exists (glob: no error while it does not).
const declared = Object.values(
  import.meta.glob<string>('../../runner/snippet-globals.d.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
export const SNIPPET_GLOBALS = declared[0] ?? FALLBACK_GLOBALS;

const ts = monaco.typescript;
ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  // File names, as TypeScript's API takes them (tsconfig's short names 'es2022' are translated by
  // the config parser, which Monaco skips): with short names the TS worker read the libraries
  // through a fallback and, on a slow first load, checked without esnext.disposable
  // ("Cannot find global type 'AsyncDisposable'" on every `await using`).
  lib: ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  moduleDetection: 3, // Force: every buffer is a module (top-level await; no cross-buffer clashes)
});
ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
const GLOBALS_URI = 'file:///snippet-globals.d.ts';
const LESSON_TYPINGS_URI = 'file:///lesson-model.d.ts';
ts.typescriptDefaults.setExtraLibs([{ content: SNIPPET_GLOBALS, filePath: GLOBALS_URI }]);

let lessonTypings = '';

/**
 * The open lesson's additions to the snippet API's declarations (its model patch: lesson 13's
 * `Order.Version`). Idempotent; call it before the editor's model exists so the first
 * validation already sees them.
 */
export function setLessonTypings(typings: string): void {
  if (typings === lessonTypings) return;
  lessonTypings = typings;
  ts.typescriptDefaults.setExtraLibs([
    { content: SNIPPET_GLOBALS, filePath: GLOBALS_URI },
    ...(typings ? [{ content: typings, filePath: LESSON_TYPINGS_URI }] : []),
  ]);
}

monaco.editor.defineTheme('dbcp-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#ffffff' },
});
monaco.editor.defineTheme('dbcp-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#151a22', 'editorGutter.background': '#151a22' },
});

/** Every editor's `unicodeHighlight` option, for this browser's languages (unicodeHighlight.ts). */
export const UNICODE_HIGHLIGHT = unicodeHighlightOptions(navigator.languages ?? [navigator.language]);

export function monacoTheme(dark: boolean): string {
  return dark ? 'dbcp-dark' : 'dbcp-light';
}

// Monaco starts in its own 'vs' theme, and @monaco-editor/react applies ours only after it has
// created the editor: the first editor was styled twice, once per theme, before its first frame.
// The page's theme is already on <html> (useTheme.ts) by the time this chunk runs; the wrapper's
// setTheme then changes nothing (and still corrects a theme that changed in between).
monaco.editor.setTheme(monacoTheme(document.documentElement.dataset.theme === 'dark'));

export { monaco };
