/**
 * A solution shown as a diff against the learner's code (lazy: Monaco's diff editor). By default
 * comment-only edits are left out (commentOnlyDiff.ts), and the view opens at the first real change.
 */
import { useEffect, useMemo, useRef } from 'react';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { monacoTheme, UNICODE_HIGHLIGHT } from '../monaco/monacoSetup.ts';
import { hideCommentOnlyChanges } from './commentOnlyDiff.ts';
import type { Language } from '../../state/language.ts';

type DiffEditorInstance = Parameters<DiffOnMount>[0];

interface Props {
  lessonId: string;
  name: string;
  mine: string;
  solution: string;
  language: Language;
  dark: boolean;
  /** Show edits that only touch comments (off: the learner's side takes the solution's comments). */
  showComments: boolean;
  /** The overlay is hidden: the next time it shows, it opens at the first change again. */
  hidden: boolean;
}

export default function SolutionDiff({
  lessonId,
  name,
  mine,
  solution,
  language,
  dark,
  showComments,
  hidden,
}: Props) {
  const ext = language === 'csharp' ? 'cs' : 'ts';
  const original = useMemo(
    () => (showComments ? mine : hideCommentOnlyChanges(mine, solution).original),
    [mine, solution, showComments],
  );
  const editorRef = useRef<DiffEditorInstance | null>(null);
  // Set when a solution is opened; cleared when the learner first scrolls, clicks or types in the
  // diff. Until then every diff update and layout change brings the first change back into view:
  // a one-shot reveal was sometimes undone by a later layout or model update in the full e2e
  // suite, which left the view at the top with the change out of sight.
  const pendingReveal = useRef(true);
  const revealFirstChange = () => {
    const editor = editorRef.current;
    const changes = editor?.getLineChanges();
    // No changes yet is a diff not computed yet (a solution always differs from the starter, and
    // the diff editor can answer [] before its first computation): wait for onDidUpdateDiff.
    // Consuming the reveal then left the view at the top, the first change out of sight.
    if (!editor || !changes || changes.length === 0 || !pendingReveal.current) return;
    // Nor before the editor has a size: revealing in a zero-height view scrolls nowhere, and the
    // layout that follows keeps the top in view (seen at 1024×768 under load).
    if (editor.getModifiedEditor().getLayoutInfo().height <= 0) return;
    const first = changes[0];
    // A pure deletion has no modified lines: its start is the line above (0 at the very top).
    editor
      .getModifiedEditor()
      .revealLineInCenterIfOutsideViewport(Math.max(1, first.modifiedStartLineNumber));
  };
  useEffect(() => {
    if (hidden) return;
    pendingReveal.current = true;
    revealFirstChange();
    // Only when a solution is (re)opened: edits and the comments toggle keep the scroll.
  }, [name, hidden]);
  const onMount: DiffOnMount = (editor) => {
    editorRef.current = editor;
    editor.onDidUpdateDiff(revealFirstChange);
    editor.getModifiedEditor().onDidLayoutChange(revealFirstChange);
    const container = editor.getContainerDomNode();
    const learnerMoved = () => (pendingReveal.current = false);
    for (const type of ['wheel', 'pointerdown', 'keydown'] as const)
      container.addEventListener(type, learnerMoved, { capture: true, passive: true });
  };
  return (
    <DiffEditor
      height="100%"
      language={language}
      original={original}
      modified={solution}
      originalModelPath={`diff/${lessonId}/mine.${ext}`}
      modifiedModelPath={`diff/${lessonId}/${name}.${ext}`}
      theme={monacoTheme(dark)}
      loading={null}
      onMount={onMount}
      // Keep the models on unmount: disposing them first makes Monaco throw "TextModel got disposed
      // before DiffEditorWidget model got reset". They are reused by path next time.
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        minimap: { enabled: false },
        unicodeHighlight: UNICODE_HIGHLIGHT,
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
      }}
    />
  );
}
