/**
 * The one code editor instance, for actions that start outside it (Reset, Apply solution,
 * focus, reveal). Type-only Monaco import: this module never loads Monaco itself.
 */
import type { editor as MonacoEditor } from 'monaco-editor';

let current: MonacoEditor.IStandaloneCodeEditor | null = null;

let painted: () => void = () => {};
const editorPainted = new Promise<void>((resolve) => (painted = resolve));

export function registerEditor(editor: MonacoEditor.IStandaloneCodeEditor | null): void {
  current = editor;
  // Monaco draws the lines in its next animation frame; the frame after it has been painted.
  if (editor) requestAnimationFrame(() => setTimeout(painted, 0));
}

/**
 * Resolves once the first code editor has been painted with its code. Work that can wait (the
 * runner's warm-up, colouring the lesson's code blocks) waits for it: on the first load it would
 * otherwise take the CPU from the editor's first frames on a 2-core machine.
 */
export function whenEditorPainted(): Promise<void> {
  return editorPainted;
}

/** Replaces the whole buffer as one undoable edit. Returns false when the editor is not mounted. */
export function replaceAllUndoable(text: string, source = 'replace'): boolean {
  const model = current?.getModel();
  if (!current || !model) return false;
  current.pushUndoStop();
  current.executeEdits(source, [{ range: model.getFullModelRange(), text, forceMoveMarkers: true }]);
  current.pushUndoStop();
  current.focus();
  return true;
}

export function focusEditor(): void {
  current?.focus();
}

export function revealLine(line: number): void {
  current?.revealLineInCenterIfOutsideViewport(line);
  current?.setPosition({ lineNumber: line, column: 1 });
}
