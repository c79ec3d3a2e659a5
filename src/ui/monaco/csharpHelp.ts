/**
 * The C# editor's help (its own chunk, imported only when the learner writes C#): completions and
 * hovers for the playground's API from csharpCompletions.ts, and markers as you type: unknown
 * members of the context, Task and a query's entity (warnings), and the C#
 * front end's refusals (syntax errors, constructs outside the subset) on their lines, checked a
 * moment after the typing stops, by the run worker's front end: a marker here is exactly what Run
 * would stop on.
 */
import type { editor as MonacoEditor } from 'monaco-editor';
import { monaco } from './monacoSetup.ts';
import { completionsAt, hoverFor, unknownMembers, type ItemKind } from './csharpCompletions.ts';
import { modelSurface, type ModelSurface } from '../../runner/apiSurface.ts';
import { checkCsharp } from '../../runner/csharpCheck.ts';
import { acquireRunHost } from '../../state/runController.ts';
import { findLesson } from '../../state/lessons.ts';

export const CHECK_DELAY_MS = 350;
const OWNER = 'csharp';

let surface: ModelSurface = modelSurface(undefined);
let registered = false;

const KIND: Record<ItemKind, number> = {
  property: monaco.languages.CompletionItemKind.Property,
  method: monaco.languages.CompletionItemKind.Method,
  enum: monaco.languages.CompletionItemKind.EnumMember,
  class: monaco.languages.CompletionItemKind.Class,
};

/** Once per page: the providers read the current lesson's surface. */
function registerProviders(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('csharp', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const before = model.getValueInRange(
        new monaco.Range(position.lineNumber, 1, position.lineNumber, position.column),
      );
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        word.endColumn,
      );
      const suggestions = completionsAt(model.getValue(), before, surface).map((item, i) => ({
        label: item.label,
        kind: KIND[item.kind],
        detail: item.detail,
        documentation: item.documentation,
        insertText: item.insertText ?? item.label,
        sortText: String(i).padStart(3, '0'),
        range,
      }));
      return { suggestions, incomplete: false };
    },
  });
  monaco.languages.registerHoverProvider('csharp', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      const item = word && hoverFor(word.word, surface);
      if (!word || !item) return null;
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: '```csharp\n' + item.detail + '\n```' }, { value: item.documentation }],
      };
    },
  });
}

/** The check of each model's latest text (for the e2e probe: wait until the markers are current). */
const pendingChecks = new WeakMap<MonacoEditor.ITextModel, Promise<void>>();

async function check(model: MonacoEditor.ITextModel): Promise<void> {
  const version = model.getVersionId();
  const host = acquireRunHost();
  let diagnostics;
  try {
    diagnostics = host && (await checkCsharp(host, model.getValue()));
  } catch {
    diagnostics = null;
  }
  // Not checked (no host, cancelled, crashed): Run reports its own trouble; no markers beat wrong ones.
  if (!diagnostics || model.isDisposed() || model.getVersionId() !== version) return;
  const refusals = diagnostics.map((d) => ({
    severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: d.message,
    startLineNumber: d.line,
    startColumn: d.column,
    endLineNumber: d.endLine,
    endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : d.endColumn),
  }));
  const unknown = unknownMembers(model.getValue(), surface).map((u) => ({
    severity: monaco.MarkerSeverity.Warning,
    message: u.message,
    startLineNumber: u.line,
    startColumn: u.column,
    endLineNumber: u.line,
    endColumn: u.endColumn,
  }));
  monaco.editor.setModelMarkers(model, OWNER, [...refusals, ...unknown]);
}

/** Starts the help for an editor holding C#: completions for `lessonId`'s model, checks as you type. */
export function startCsharpHelp(editor: MonacoEditor.IStandaloneCodeEditor, lessonId: string): () => void {
  surface = modelSurface(findLesson(lessonId));
  registerProviders();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // A check that was scheduled and then replaced by a newer one settles at once (its waiters move on to the newer).
  let settleScheduled = () => {};
  const schedule = (delay: number) => {
    const model = editor.getModel();
    if (!model || model.getLanguageId() !== 'csharp') return;
    if (timer !== null) clearTimeout(timer);
    settleScheduled();
    let done!: () => void;
    pendingChecks.set(model, new Promise<void>((resolve) => (done = resolve)));
    settleScheduled = done;
    timer = setTimeout(() => {
      timer = null;
      settleScheduled = () => {};
      void check(model).finally(done);
    }, delay);
  };
  schedule(0);
  const subscriptions = [
    editor.onDidChangeModelContent(() => schedule(CHECK_DELAY_MS)),
    editor.onDidChangeModel(() => schedule(0)),
  ];
  return () => {
    if (timer !== null) clearTimeout(timer);
    settleScheduled();
    subscriptions.forEach((s) => s.dispose());
  };
}

/** Resolves once the model's latest text has been checked (its markers are current). */
export async function settledCsharpCheck(model: MonacoEditor.ITextModel): Promise<void> {
  let seen: Promise<void> | undefined;
  while (pendingChecks.get(model) !== seen) {
    seen = pendingChecks.get(model);
    await seen;
  }
}
