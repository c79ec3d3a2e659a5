/**
 * Monaco as the playground uses it: `monaco-editor`'s own entry (esm/vs/editor/editor.main.js)
 * without the 76 languages we never show, the CSS/HTML/JSON language services and the LSP client.
 * Every editor feature stays. Languages: TypeScript/JavaScript (with the TS worker), C# and SQL
 * colouring (the C# editor, code blocks in lessons). Add a language here if a lesson needs it.
 */
export {
  CancellationTokenSource,
  Emitter,
  KeyCode,
  KeyMod,
  MarkerSeverity,
  MarkerTag,
  Position,
  Range,
  Selection,
  SelectionDirection,
  Token,
  Uri,
  editor,
  languages,
} from 'monaco-editor/editor/editor.api.js';
export * as typescript from 'monaco-editor/languages/features/typescript/register.js';

// Languages: tokenizers (loaded on first use) for the editor and the lessons' code blocks.
import 'monaco-editor/languages/definitions/typescript/register.js';
import 'monaco-editor/languages/definitions/javascript/register.js';
import 'monaco-editor/languages/definitions/csharp/register.js';
import 'monaco-editor/languages/definitions/sql/register.js';

// Every editor feature, as Monaco's own entry has them. Not a subset: the TypeScript language's
// worker manager imports them all (vs/internal/common/workers.js), so a feature left out here
// arrived anyway with the TypeScript support, after the first editor existed, and asked for
// services that were no longer registrable ("depends on UNKNOWN service ICodeLensCache").
import 'monaco-editor/features/register.all.js';

// The core commands and controllers Monaco's entry adds after the feature list.
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations.js';
import 'monaco-editor/editor/contrib/dropOrPasteInto/browser/copyPasteContribution.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands.js';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus.js';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/common/standaloneStrings.js';
