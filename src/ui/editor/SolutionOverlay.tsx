/** The diff view over the editor, in the editor's language, with Apply (one undoable edit) and Close. */
import { useMemo, useState } from 'react';
import type { Lesson, LessonSolution } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';
import { replaceAllUndoable } from './editorBridge.ts';
import { hideCommentOnlyChanges } from './commentOnlyDiff.ts';
import { solutionIn, type Language } from '../../state/language.ts';
import { lazyModule } from './lazyModule.ts';

const solutionDiff = lazyModule(
  () => import('./SolutionDiff.tsx'),
  (m) => m.default,
);

interface Props {
  lesson: Lesson;
  solution: LessonSolution;
  language: Language;
  mine: string;
  dark: boolean;
  hidden: boolean;
}

export function SolutionOverlay({ lesson, solution, language, mine, dark, hidden }: Props) {
  const code = solutionIn(lesson, solution.name, language) ?? solution.code;
  const { component: SolutionDiff } = solutionDiff.useComponent();
  const showDiff = useApp((s) => s.showDiff);
  const setCode = useApp((s) => s.setCode);
  const [showComments, setShowComments] = useState(false);
  const hiddenLines = useMemo(() => hideCommentOnlyChanges(mine, code).hidden, [mine, code]);
  const apply = () => {
    showDiff(null);
    if (!replaceAllUndoable(code, 'apply-solution')) setCode(code);
  };
  return (
    <div
      className="editor-layer editor-overlay diff-overlay"
      role="dialog"
      aria-label={`Solution: ${solution.title}`}
      data-testid="solution-diff"
      hidden={hidden}
    >
      <div className="diff-head">
        <span className="diff-title">
          <Icon name="diff" />
          <span>
            <span className="muted">Your code</span> → <strong>{solution.title}</strong>
          </span>
        </span>
        <span className="toolbar-spacer" />
        <label
          className="diff-comments-toggle"
          title="Changes that only touch comments are left out unless this is on"
        >
          <input
            type="checkbox"
            checked={showComments}
            onChange={(e) => setShowComments(e.target.checked)}
            data-testid="diff-show-comments"
          />
          Comment edits
          {hiddenLines > 0 && !showComments && <span className="muted"> · {hiddenLines} lines hidden</span>}
        </label>
        <button type="button" className="btn btn-sm btn-primary" onClick={apply} data-testid="apply-solution">
          Apply to my code
        </button>
        <button type="button" className="btn btn-sm" onClick={() => showDiff(null)}>
          Close
        </button>
      </div>
      <div className="diff-body">
        {SolutionDiff ? (
          <SolutionDiff
            lessonId={lesson.id}
            name={solution.name}
            mine={mine}
            solution={code}
            language={language}
            dark={dark}
            showComments={showComments}
            hidden={hidden}
          />
        ) : (
          <pre className="editor-fallback">{code}</pre>
        )}
      </div>
    </div>
  );
}
