/**
 * The editor's lazy chunk (Monaco), loaded as soon as the page starts (main.tsx) and shown the
 * moment it has arrived.
 *
 * Not React.lazy + Suspense: React throttles revealing a Suspense boundary to 300 ms after its
 * fallback was committed, so on a fast first load the editor waited, already loaded, for that
 * timer (up to 300 ms after the first paint). A state update shows it at once; until then the
 * caller shows the code in a plain fallback.
 */
import { useEffect, useState } from 'react';

type CodeEditorModule = typeof import('./CodeEditor.tsx');

let pending: Promise<CodeEditorModule> | null = null;
let loaded: CodeEditorModule | null = null;

export function loadCodeEditor(): Promise<CodeEditorModule> {
  pending ??= import('./CodeEditor.tsx').then((m) => (loaded = m));
  return pending;
}

export type CodeEditorState =
  { editor: CodeEditorModule['default']; error?: undefined } | { editor: null; error?: string };

/**
 * The editor component once its chunk has loaded; until then `editor` is null, and `error` says
 * why if the chunk could not be loaded (the caller keeps showing the code as text).
 */
export function useCodeEditor(): CodeEditorState {
  const [state, setState] = useState<CodeEditorState>(() => ({ editor: loaded?.default ?? null }));
  useEffect(() => {
    if (state.editor || state.error) return;
    let live = true;
    loadCodeEditor().then(
      (m) => live && setState({ editor: m.default }),
      (err: unknown) =>
        live && setState({ editor: null, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [state]);
  return state;
}
