/**
 * The Monaco code editor (lazy chunk). Controlled by the store's buffer; Ctrl/Cmd+Enter runs;
 * the playhead's line is highlighted; the thrown exception and the runner's diagnostics become
 * markers (TypeScript's own syntax/type errors come from Monaco's TS worker; in C#, the C# help
 * module, loaded only then, adds completions, hovers and the front end's refusals as you type).
 */
import { useEffect, useRef, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { monaco, monacoTheme, setLessonTypings, UNICODE_HIGHLIGHT } from '../monaco/monacoSetup.ts';
import { useApp } from '../../state/store.ts';
import { warmRunHost } from '../../state/runController.ts';
import { registerEditor, whenEditorPainted } from './editorBridge.ts';
import { registerEditorProbe, type EditorMarker } from '../../state/testApi.ts';
import type { Language } from '../../state/language.ts';

interface Props {
  path: string;
  language: Language;
  /** The lesson whose model the C# help completes (its DbSets and entities). */
  lessonId: string;
  code: string;
  /** The lesson's additions to the snippet API's declarations (its model patch), or ''. */
  typings: string;
  dark: boolean;
  onChange: (code: string) => void;
  onRun: () => void;
}

type Ed = Parameters<OnMount>[0];

export default function CodeEditor({
  path,
  language,
  lessonId,
  code,
  typings,
  dark,
  onChange,
  onRun,
}: Props) {
  // Before the editor (and its model) exists, so Monaco's first validation already sees them.
  setLessonTypings(typings);
  const editorRef = useRef<Ed | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const decorations = useRef<ReturnType<Ed['createDecorationsCollection']> | null>(null);
  const languageRef = useRef(language);
  const runRef = useRef(onRun);
  useEffect(() => {
    runRef.current = onRun;
  }, [onRun]);
  useEffect(() => {
    languageRef.current = language;
    if (language !== 'csharp') return;
    // C# help is its own chunk: a TypeScript learner never loads it (nor tree-sitter).
    let cleanup: (() => void) | null = null;
    let cancelled = false;
    void import('../monaco/csharpHelp.ts').then(({ startCsharpHelp }) => {
      if (!cancelled && editorRef.current) cleanup = startCsharpHelp(editorRef.current, lessonId);
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [language, lessonId, editorReady]);
  const run = useApp((s) => s.run);
  // Squiggles for the run's exceptions wait for the playback to reach them, like the panels.
  const revealed = useApp((s) => s.revealed);
  const line = useApp((s) => (s.run ? playheadLine(s.run.trace, s.pos.cursor) : null));

  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    registerEditor(editor);
    decorations.current = editor.createDecorationsCollection();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => runRef.current());
    // When the buffer last changed (the marker probe waits out Monaco's validation delay after it).
    let lastEdit = -Infinity;
    // The run's markers describe the code that ran: drop them at the first edit.
    editor.onDidChangeModelContent(() => {
      lastEdit = performance.now();
      const model = editor.getModel();
      if (model && monaco.editor.getModelMarkers({ owner: 'run', resource: model.uri }).length)
        monaco.editor.setModelMarkers(model, 'run', []);
    });
    registerEditorProbe({
      markers: () =>
        languageRef.current === 'csharp' ? csharpMarkers(editor) : settledMarkers(editor, () => lastEdit),
    });
    setEditorReady(true);
    performance.mark('monaco-mounted');
    document.documentElement.dataset.editorReady = 'true';
    // The editor first, then the runner's bytes and compile (runController.ts).
    void whenEditorPainted().then(warmRunHost);
  };
  useEffect(
    () => () => {
      registerEditor(null);
      registerEditorProbe(null);
    },
    [],
  );

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !decorations.current) return;
    if (!line || line > model.getLineCount()) {
      decorations.current.clear();
      return;
    }
    decorations.current.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: 'playhead-line',
          linesDecorationsClassName: 'playhead-gutter',
        },
      },
    ]);
    // Scroll only when the marked line has left the view, and then only as far as needed: a
    // centring jump on every far line made the code swing back and forth during playback.
    const visible = editor.getVisibleRanges();
    if (!visible.some((r) => line >= r.startLineNumber && line <= r.endLineNumber)) editor.revealLine(line);
  }, [line, path]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const lines = model.getLineCount();
    const clampLine = (l: number) => Math.max(1, Math.min(lines, l));
    const markers: Parameters<typeof monaco.editor.setModelMarkers>[2] = [];
    for (const d of run?.diagnostics ?? []) {
      markers.push({
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: d.message,
        startLineNumber: clampLine(d.line),
        startColumn: d.column,
        endLineNumber: clampLine(d.endLine),
        endColumn: d.endColumn,
      });
    }
    const thrown = !revealed
      ? []
      : [
          ...(run?.exception ? [{ ex: run.exception, unobserved: false }] : []),
          ...(run?.unobserved ?? []).map((ex) => ({ ex, unobserved: true })),
        ];
    for (const { ex, unobserved } of thrown) {
      if (!ex.line) continue;
      const l = clampLine(ex.line);
      markers.push({
        severity: unobserved ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
        message: `${unobserved ? '(unobserved) ' : ''}${ex.type}: ${ex.message}`,
        startLineNumber: l,
        startColumn: model.getLineFirstNonWhitespaceColumn(l) || 1,
        endLineNumber: l,
        endColumn: model.getLineMaxColumn(l),
      });
    }
    monaco.editor.setModelMarkers(model, 'run', markers);
  }, [run, path, revealed]);

  return (
    <Editor
      height="100%"
      path={path}
      language={language}
      value={code}
      theme={monacoTheme(dark)}
      onChange={(v) => onChange(v ?? '')}
      onMount={onMount}
      loading={null}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        lineHeight: 20,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        padding: { top: 8 },
        renderLineHighlight: 'gutter',
        // A sticky header would cover the first lines of the view, the playhead's line among them.
        stickyScroll: { enabled: false },
        unicodeHighlight: UNICODE_HIGHLIGHT,
        glyphMargin: false,
        fixedOverflowWidgets: true,
        ariaLabel: 'Code editor. Ctrl+Enter runs. Ctrl+M toggles whether Tab moves focus.',
      }}
    />
  );
}

/**
 * The line the gutter marker shows: the playhead event's, or the latest one before it that had a
 * line (events without one, such as a connection closing, would otherwise make the marker blink).
 */
function playheadLine(trace: readonly { line: number | null }[], cursor: number): number | null {
  for (let i = cursor; i >= 0 && i > cursor - 64; i--) if (trace[i]?.line) return trace[i].line;
  return null;
}

const SEVERITY: Record<number, EditorMarker['severity']> = {
  [monaco.MarkerSeverity.Error]: 'error',
  [monaco.MarkerSeverity.Warning]: 'warning',
  [monaco.MarkerSeverity.Info]: 'info',
  [monaco.MarkerSeverity.Hint]: 'hint',
};

/** Every marker on a model (TypeScript's, the C# help's, the run's), as the test probe reports them. */
function markersOf(uri: Parameters<typeof monaco.editor.getModelMarkers>[0]['resource']): EditorMarker[] {
  return monaco.editor.getModelMarkers({ resource: uri }).map((m) => ({
    owner: m.owner,
    severity: SEVERITY[m.severity] ?? 'info',
    message: m.message,
    line: m.startLineNumber,
  }));
}

/** The open C# buffer's markers once the C# help's check of its latest text has settled. */
async function csharpMarkers(editor: Ed): Promise<EditorMarker[]> {
  const model = editor.getModel();
  if (!model) return [];
  const { settledCsharpCheck } = await import('../monaco/csharpHelp.ts');
  await settledCsharpCheck(model);
  return markersOf(model.uri);
}

/**
 * Monaco validates a buffer 500 ms after its last edit (its DiagnosticsAdapter's debounce; a new
 * buffer at once): until then the markers are the old text's.
 */
const VALIDATION_DELAY_MS = 500;

/**
 * The open buffer's markers once Monaco's TypeScript validation has settled (for the e2e tests):
 * once the validation delay after the last edit has passed, the TS worker answers in order, so
 * after two round trips of our own every validation Monaco sent before has answered and set its
 * markers. Without the wait, a buffer whose text changed (a share link opened in a lesson already
 * open) read as the old text's markers: none, for a typo.
 */
async function settledMarkers(editor: Ed, lastEdit: () => number): Promise<EditorMarker[]> {
  const model = editor.getModel();
  if (!model) return [];
  const uri = model.uri;
  let version = -1;
  while (version !== model.getVersionId()) {
    version = model.getVersionId();
    const wait = lastEdit() + VALIDATION_DELAY_MS + 50 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const getWorker = await monaco.typescript.getTypeScriptWorker();
    for (let round = 0; round < 2; round++) {
      const worker = await getWorker(uri);
      await worker.getSemanticDiagnostics(uri.toString());
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return markersOf(uri);
}
