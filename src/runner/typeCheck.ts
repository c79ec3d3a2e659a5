/**
 * The compile step before a run: the snippet is type-checked like the editor checks it (the same
 * TypeScript, options, libraries and snippet-globals.d.ts, plus the lesson's model additions), and
 * an error C# would refuse at compile time (`db.Custmers`, a string where a number goes) stops the
 * run with the error on its line, before anything executes.
 *
 * Cheap on purpose: one program, only the snippet file's semantic diagnostics; the libraries are
 * parsed once per process and every later program reuses them (`oldProgram`), so a warm check
 * costs a few tens of milliseconds. Results are memoized per code + declarations (batches run the
 * same code thousands of times).
 */
import ts from 'typescript';
import { defaultModel } from '../sim/data/model.ts';
import type { ModelDef, PropertyType } from '../sim/data/modelTypes.ts';
import type { Diagnostic } from './types.ts';

/** Reads a declaration file by name: TypeScript's `lib.*.d.ts`, and `snippet-globals.d.ts`. */
export type ReadDeclarations = (name: string) => string | undefined;

export const SNIPPET_GLOBALS_FILE = 'snippet-globals.d.ts';
const SNIPPET_FILE = '/snippet.ts';
const MODEL_FILE = '/lesson-model.d.ts';

/** The editor's options (src/ui/monaco/monacoSetup.ts): keep them the same. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  lib: ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  skipLibCheck: true,
  types: [],
  noResolve: false,
};

/**
 * "'c' is possibly 'null'" and its kin: C# compiles a possible null dereference with a warning
 * (CS8602) and throws NullReferenceException at run time, so these do not stop the run.
 */
const NULLABLE_WARNINGS = new Set([2531, 2532, 2533, 18047, 18048, 18049]);

const TS_TYPES: Record<PropertyType, string> = {
  int: 'number',
  double: 'number',
  string: 'string',
  bool: 'boolean',
  datetime: 'string',
};

/**
 * Declarations for what a lesson's model adds to the default one (lesson 13's `Order.Version`),
 * merged into the snippet API's classes. '' for the default model.
 */
export function modelDeclarations(model: ModelDef | undefined): string {
  if (!model) return '';
  const blocks: string[] = [];
  for (const et of model.entityTypes) {
    const base = defaultModel.entityTypes.find((e) => e.name === et.name);
    const added = et.properties.filter((p) => !base?.properties.some((b) => b.name === p.name));
    if (!base || added.length === 0) continue;
    const lines = added.map((p) => `  ${p.name}: ${TS_TYPES[p.type]}${p.nullable ? ' | null' : ''};`);
    blocks.push(`interface ${et.name} {\n${lines.join('\n')}\n}`);
  }
  return blocks.join('\n');
}

const libCache = new Map<string, ts.SourceFile | undefined>();

function parseLib(lib: string, read: ReadDeclarations): ts.SourceFile | undefined {
  if (!libCache.has(lib)) {
    const text = read(lib);
    libCache.set(
      lib,
      text === undefined ? undefined : ts.createSourceFile(`/${lib}`, text, ts.ScriptTarget.ESNext, true),
    );
  }
  return libCache.get(lib);
}

/** True once a check has run in this process: the libraries are parsed and bound, a check costs tens of ms. */
export function typeCheckWarm(): boolean {
  return lastProgram !== undefined;
}

/**
 * Parses the libraries ahead of the first check, one file per macrotask (`yieldToHost` between
 * files), so a run that arrives meanwhile is never held up for long.
 */
export async function prewarmTypeCheck(
  read: ReadDeclarations,
  names: readonly string[],
  yieldToHost: () => Promise<void>,
): Promise<void> {
  for (const name of names) {
    if (name === SNIPPET_GLOBALS_FILE) continue;
    await yieldToHost();
    parseLib(name, read);
  }
}
let globalsFile: { text: string; file: ts.SourceFile } | null = null;
let lastProgram: ts.Program | undefined;
const memo = new Map<string, Diagnostic[]>();
const MEMO_SIZE = 16;

/**
 * The snippet's type errors, and nullability warnings (1-based lines of the snippet); no error
 * when it compiles. Returns null when the declarations cannot be read (the check is skipped
 * rather than failing every run).
 */
export function typeCheckSnippet(
  code: string,
  read: ReadDeclarations,
  extraDeclarations = '',
): Diagnostic[] | null {
  const key = `${extraDeclarations}\u0000${code}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const globalsText = read(SNIPPET_GLOBALS_FILE);
  if (globalsText === undefined || read('lib.es5.d.ts') === undefined) return null;
  if (globalsFile?.text !== globalsText) {
    globalsFile = {
      text: globalsText,
      file: ts.createSourceFile(`/${SNIPPET_GLOBALS_FILE}`, globalsText, ts.ScriptTarget.ESNext, true),
    };
  }
  // A module, like every editor buffer (moduleDetection: force), so top-level await is allowed.
  const snippet = ts.createSourceFile(
    SNIPPET_FILE,
    code,
    { languageVersion: ts.ScriptTarget.ESNext, setExternalModuleIndicator: forceModule },
    true,
    ts.ScriptKind.TS,
  );
  const model = extraDeclarations
    ? ts.createSourceFile(MODEL_FILE, extraDeclarations, ts.ScriptTarget.ESNext, true)
    : null;
  const globals = globalsFile.file;
  const host: ts.CompilerHost = {
    getSourceFile: (name) => {
      if (name === SNIPPET_FILE) return snippet;
      if (name === MODEL_FILE) return model ?? undefined;
      if (name === `/${SNIPPET_GLOBALS_FILE}`) return globals;
      return parseLib(name.replace(/^\//, ''), read);
    },
    getDefaultLibFileName: () => '/lib.es2022.d.ts',
    getDefaultLibLocation: () => '/',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) =>
      f === SNIPPET_FILE ||
      f === `/${SNIPPET_GLOBALS_FILE}` ||
      (f === MODEL_FILE && !!model) ||
      read(f.replace(/^\//, '')) !== undefined,
    readFile: (f) => read(f.replace(/^\//, '')),
  };
  const roots = [SNIPPET_FILE, `/${SNIPPET_GLOBALS_FILE}`, ...(model ? [MODEL_FILE] : [])];
  const program = ts.createProgram({ rootNames: roots, options: OPTIONS, host, oldProgram: lastProgram });
  lastProgram = program;
  const lines = code.split('\n').length;
  const diagnostics = program
    .getSemanticDiagnostics(snippet)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => toDiagnostic(d, snippet, lines, NULLABLE_WARNINGS.has(d.code) ? 'warning' : 'error'));
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, diagnostics);
  return diagnostics;
}

function forceModule(file: ts.SourceFile): void {
  (file as ts.SourceFile & { externalModuleIndicator?: unknown }).externalModuleIndicator = true;
}

function toDiagnostic(
  d: ts.Diagnostic,
  file: ts.SourceFile,
  lines: number,
  severity: Diagnostic['severity'],
): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const start = file.getLineAndCharacterOfPosition(d.start ?? 0);
  const end = file.getLineAndCharacterOfPosition((d.start ?? 0) + (d.length ?? 0));
  const clamp = (l: number) => Math.max(1, Math.min(lines, l + 1));
  return {
    severity,
    message,
    line: clamp(start.line),
    column: start.character + 1,
    endLine: clamp(end.line),
    endColumn: end.character + 1,
  };
}

/** "Line 3: error TS2339: Property 'Custmers' does not exist on type 'AppDb'…": what a compiler says first. */
export function compileStopReason(all: Diagnostic[]): string {
  const diagnostics = all.filter((d) => d.severity === 'error');
  const first = diagnostics[0];
  const more =
    diagnostics.length > 1
      ? ` (and ${diagnostics.length - 1} more error${diagnostics.length > 2 ? 's' : ''})`
      : '';
  return `The code does not compile, so nothing ran. Line ${first?.line ?? 1}: ${first?.message ?? 'type error'}${more}`;
}
