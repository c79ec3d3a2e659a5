/**
 * The editor card: tabs (snippet / its C# twin), toolbar, the Monaco editor (lazy; the code is
 * readable in a plain fallback until Monaco arrives), solution diffs and the shared-link banner.
 */
import { lazy, Suspense, useState } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { runCurrent } from '../../state/runController.ts';
import { bufferKey, currentCode } from '../../state/slices/workspaceSlice.ts';
import { csharpFor } from '../../lessons/settings.ts';
import { Toolbar } from './Toolbar.tsx';
import { SolutionOverlay } from './SolutionOverlay.tsx';
import { SharedBanner } from './SharedBanner.tsx';
import { lessonTypings } from '../../state/lessons.ts';

const CodeEditor = lazy(() => import('./CodeEditor.tsx'));
const CsharpView = lazy(() => import('./CsharpView.tsx'));

export function EditorPane({ lesson, dark }: { lesson: Lesson; dark: boolean }) {
  const code = useApp((s) => currentCode(s, lesson.starter));
  const path = useApp((s) => bufferKey(s));
  const setCode = useApp((s) => s.setCode);
  const tab = useApp((s) => s.editorTab);
  const setTab = useApp((s) => s.setEditorTab);
  const diff = useApp((s) => s.diffSolution);
  const solution = lesson.solutions.find((s) => s.name === diff);
  // Once opened, the diff view stays mounted (hidden when closed): unmounting Monaco's diff
  // editor while its diff is computing throws inside Monaco.
  const [lastSolution, setLastSolution] = useState(solution);
  if (solution && solution !== lastSolution) setLastSolution(solution);
  const diffShown = lastSolution;
  // The C# tab shows the twin of the file in view: the solution being compared, else the starter.
  const csharp = csharpFor(lesson, solution?.name ?? 'starter');
  const fallback = <pre className="editor-fallback" aria-label="Code (editor loading)">{code}</pre>;
  return (
    <section className="card editor-card" id="editor-card" aria-label="Code">
      <div className="editor-head">
        <div className="tabs" role="tablist" aria-label="Editor view">
          <button type="button" role="tab" className="tab" aria-selected={tab === 'code'} onClick={() => setTab('code')}>
            snippet.ts{code !== lesson.starter && <span className="modified-dot" title="Modified from the starter" aria-label="modified" />}
          </button>
          <button type="button" role="tab" className="tab" aria-selected={tab === 'cs'} onClick={() => setTab('cs')} data-testid="cs-tab" title="The same program in C#: real EF Core 10 runs it in our conformance suite and agrees">
            C#
          </button>
        </div>
        <Toolbar lesson={lesson} code={code} />
      </div>
      <SharedBanner lesson={lesson} />
      <div className="editor-body">
        <div className="editor-layer" data-testid="editor">
          <Suspense fallback={fallback}>
            <CodeEditor path={`file:///${path}.ts`} code={code} typings={lessonTypings(lesson)} dark={dark} onChange={setCode} onRun={() => void runCurrent()} />
          </Suspense>
        </div>
        {tab === 'cs' && (
          <div className="editor-layer editor-overlay" role="tabpanel" aria-label="C# twin" data-testid="cs-view">
            <Suspense fallback={<pre className="editor-fallback">{csharp}</pre>}>
              <CsharpView lessonId={lesson.id} code={csharp} dark={dark} />
            </Suspense>
          </div>
        )}
        {diffShown && <SolutionOverlay lesson={lesson} solution={diffShown} mine={code} dark={dark} hidden={!solution || tab !== 'code'} />}
      </div>
    </section>
  );
}
