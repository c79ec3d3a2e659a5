/**
 * The one code editor instance, for actions that start outside it (Reset, Apply solution,
 * focus, reveal). Type-only Monaco import: this module never loads Monaco itself.
 */
import type { editor as MonacoEditor } from 'monaco-editor';

let current: MonacoEditor.IStandaloneCodeEditor | null = null;

export function registerEditor(editor: MonacoEditor.IStandaloneCodeEditor | null): void {
  current = editor;
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
