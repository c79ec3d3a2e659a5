/**
 * The editor card: the language tabs (the learner's TypeScript or C#: each lesson has both), the
 * first visit's language prompt, toolbar, the Monaco editor (lazy; the code is readable in a plain
 * fallback until Monaco arrives), solution diffs and the shared-link banner.
 */
import { useState } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { runCurrent } from '../../state/runController.ts';
import { bufferKey, currentCode, editorLanguage } from '../../state/slices/workspaceSlice.ts';
import { fileNameOf, starterIn, type Language } from '../../state/language.ts';
import { Toolbar } from './Toolbar.tsx';
import { SolutionOverlay } from './SolutionOverlay.tsx';
import { SharedBanner } from './SharedBanner.tsx';
import { LanguagePrompt } from './LanguagePrompt.tsx';
import { lessonTypings } from '../../state/lessons.ts';
import { useCodeEditor } from './codeEditorModule.ts';
import { lazyModule } from './lazyModule.ts';

const programCsView = lazyModule(
  () => import('./ProgramCsView.tsx'),
  (m) => m.default,
);

/** The lesson's Program.cs, read-only: its chunk loads the first time it is shown. */
function ProgramCs({ lessonId, code, dark }: { lessonId: string; code: string; dark: boolean }) {
  const { component: View } = programCsView.useComponent();
  return View ? (
    <View lessonId={lessonId} code={code} dark={dark} />
  ) : (
    <pre className="editor-fallback">{code}</pre>
  );
}

const TAB_TITLE: Record<Language, string> = {
  typescript: 'Write and run the lesson in TypeScript (the snippet API in .NET names)',
  csharp: 'Write and run the lesson in C#: the same program real EF Core 10 runs in our conformance suite',
};

export function EditorPane({ lesson, dark }: { lesson: Lesson; dark: boolean }) {
  const { component: CodeEditor, error: editorError } = useCodeEditor();
  const code = useApp((s) => currentCode(s, lesson));
  const path = useApp((s) => bufferKey(s));
  const setCode = useApp((s) => s.setCode);
  const language = useApp(editorLanguage);
  const setLanguage = useApp((s) => s.setLanguage);
  const diff = useApp((s) => s.diffSolution);
  const solution = lesson.solutions.find((s) => s.name === diff);
  // Once opened, the diff view stays mounted (hidden when closed): unmounting Monaco's diff
  // editor while its diff is computing throws inside Monaco.
  const [lastSolution, setLastSolution] = useState(solution);
  if (solution && solution !== lastSolution) setLastSolution(solution);
  const diffShown = lastSolution;
  const starter = starterIn(lesson, language);
  // A C# lesson's ASP.NET wiring (Program.cs) is shown on its own tab, read-only: it is not run.
  const [programOf, setProgramOf] = useState<string | null>(null);
  const hasProgramTab = language === 'csharp' && lesson.programCs !== undefined;
  const programShown = hasProgramTab && programOf === lesson.id;
  const fallback = (
    <>
      {editorError && (
        <p className="notice notice-error" role="alert" data-testid="editor-load-error">
          The editor could not be loaded ({editorError}). The code is shown as text; reload the page to try
          again.
        </p>
      )}
      <pre className="editor-fallback" aria-label={editorError ? 'Code' : 'Code (editor loading)'}>
        {code}
      </pre>
    </>
  );
  const tab = (l: Language, testId: string) => (
    <button
      type="button"
      role="tab"
      className="tab"
      aria-selected={language === l && !programShown}
      onClick={() => {
        setProgramOf(null);
        setLanguage(l);
      }}
      data-testid={testId}
      title={TAB_TITLE[l]}
    >
      {fileNameOf(l)}
      {language === l && code !== starter && (
        <span className="modified-dot" title="Modified from the starter" aria-label="modified" />
      )}
    </button>
  );
  return (
    <section className="card editor-card" id="editor-card" aria-label="Code">
      {/* With the Program.cs tab a narrow window is short of room: the tabs tighten, Reset keeps its icon. */}
      <div className={`editor-head${hasProgramTab ? ' editor-head-crowded' : ''}`}>
        <div className="tabs" role="tablist" aria-label="Language">
          {tab('typescript', 'ts-tab')}
          {tab('csharp', 'cs-tab')}
          {hasProgramTab && (
            <button
              type="button"
              role="tab"
              className="tab"
              aria-selected={programShown}
              onClick={() => setProgramOf(lesson.id)}
              data-testid="program-cs-tab"
              title="The lesson's ASP.NET Core wiring: shown, not run"
            >
              Program.cs
            </button>
          )}
        </div>
        <Toolbar lesson={lesson} code={code} />
      </div>
      <LanguagePrompt />
      <SharedBanner lesson={lesson} />
      <div className="editor-body">
        <div className="editor-layer" data-testid="editor" data-language={language}>
          {CodeEditor ? (
            <CodeEditor
              path={`file:///${path}`}
              language={language}
              lessonId={lesson.id}
              code={code}
              typings={lessonTypings(lesson)}
              dark={dark}
              onChange={setCode}
              onRun={() => void runCurrent()}
            />
          ) : (
            fallback
          )}
        </div>
        {programShown && (
          <div
            className="editor-layer editor-overlay"
            role="tabpanel"
            aria-label="Program.cs"
            data-testid="program-cs-view"
          >
            <ProgramCs lessonId={lesson.id} code={lesson.programCs ?? ''} dark={dark} />
          </div>
        )}
        {diffShown && (
          <SolutionOverlay
            lesson={lesson}
            solution={diffShown}
            language={language}
            mine={code}
            dark={dark}
            hidden={!solution || programShown}
          />
        )}
      </div>
    </section>
  );
}
