/** The diff view over the editor with Apply (one undoable edit) and Close. */
import { lazy, Suspense } from 'react';
import type { Lesson, LessonSolution } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';
import { replaceAllUndoable } from './editorBridge.ts';

const SolutionDiff = lazy(() => import('./SolutionDiff.tsx'));

interface Props {
  lesson: Lesson;
  solution: LessonSolution;
  mine: string;
  dark: boolean;
  hidden: boolean;
}

export function SolutionOverlay({ lesson, solution, mine, dark, hidden }: Props) {
  const showDiff = useApp((s) => s.showDiff);
  const setCode = useApp((s) => s.setCode);
  const apply = () => {
    showDiff(null);
    if (!replaceAllUndoable(solution.code, 'apply-solution')) setCode(solution.code);
  };
  return (
    <div className="editor-layer editor-overlay diff-overlay" role="dialog" aria-label={`Solution: ${solution.title}`} data-testid="solution-diff" hidden={hidden}>
      <div className="diff-head">
        <span className="diff-title">
          <Icon name="diff" />
          <span>
            <span className="muted">Your code</span> → <strong>{solution.title}</strong>
          </span>
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-sm btn-primary" onClick={apply} data-testid="apply-solution">
          Apply to my code
        </button>
        <button type="button" className="btn btn-sm" onClick={() => showDiff(null)}>
          Close
        </button>
      </div>
      <div className="diff-body">
        <Suspense fallback={<pre className="editor-fallback">{solution.code}</pre>}>
          <SolutionDiff lessonId={lesson.id} name={solution.name} mine={mine} solution={solution.code} dark={dark} />
        </Suspense>
      </div>
    </div>
  );
}
