/** The diff view over the editor with Apply (one undoable edit) and Close. */
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Lesson, LessonSolution } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';
import { replaceAllUndoable } from './editorBridge.ts';
import { hideCommentOnlyChanges } from './commentOnlyDiff.ts';

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
  const [showComments, setShowComments] = useState(false);
  const hiddenLines = useMemo(() => hideCommentOnlyChanges(mine, solution.code).hidden, [mine, solution.code]);
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
        <label className="diff-comments-toggle" title="Changes that only touch comments are left out unless this is on">
          <input type="checkbox" checked={showComments} onChange={(e) => setShowComments(e.target.checked)} data-testid="diff-show-comments" />
          Comment edits{hiddenLines > 0 && !showComments && <span className="muted"> · {hiddenLines} lines hidden</span>}
        </label>
        <button type="button" className="btn btn-sm btn-primary" onClick={apply} data-testid="apply-solution">
          Apply to my code
        </button>
        <button type="button" className="btn btn-sm" onClick={() => showDiff(null)}>
          Close
        </button>
      </div>
      <div className="diff-body">
        <Suspense fallback={<pre className="editor-fallback">{solution.code}</pre>}>
          <SolutionDiff
            lessonId={lesson.id}
            name={solution.name}
            mine={mine}
            solution={solution.code}
            dark={dark}
            showComments={showComments}
            hidden={hidden}
          />
        </Suspense>
      </div>
    </div>
  );
}
