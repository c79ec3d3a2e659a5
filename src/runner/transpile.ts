/**
 * Snippet → JavaScript. A snippet is top-level TypeScript with top-level `await` and no imports;
 * it is wrapped (textually, on its own first line, so snippet line N is wrapped line N + 1) into
 * `async function __snippet() { … }`, transpiled with `ts.transpileModule` to ES2022 (Node 20
 * cannot parse native `await using`; ES2022 lowers it), and rewritten by our transformers
 * (expression trees, loop guard, throw marker, async flows). Only syntax errors are reported:
 * type errors are the editor's job (Monaco runs the checker with snippet-globals.d.ts).
 */
import ts from 'typescript';
import type { RawSourceMap } from 'source-map-js';
import type { Diagnostic } from './types.ts';
import { expressionTreeTransformer } from './expressionTransformer.ts';
import { flowTransformer, guardTransformer } from './runtimeTransformers.ts';
import { missingAwaitLint } from './missingAwaitLint.ts';
import { moduleAccessCheck } from './moduleAccessCheck.ts';
import { callSiteMarkerTransformer, type MarkedSite } from './callSiteMarkers.ts';

/** Name of the async function the snippet body becomes (its stack frames read `Snippet.<Main>`). */
export const SNIPPET_FUNCTION = '__snippet';
const WRAP_PREFIX = `async function ${SNIPPET_FUNCTION}() {\n`;
const WRAP_SUFFIX = '\n}\n';
/** Lines the wrapper adds before the snippet's first line. */
export const WRAP_LINES = 1;

export interface TranspileResult {
  /** ES2022 JavaScript declaring `async function __snippet()` (plus any TypeScript helpers). */
  js: string;
  /** Maps `js` to the wrapped source (wrapped line = snippet line + WRAP_LINES). */
  sourceMap: RawSourceMap;
  /** Syntax errors (an error ⇒ the snippet must not run) and lint warnings (missing await), 1-based in the snippet. */
  diagnostics: Diagnostic[];
  /** Number of lines of the snippet (diagnostic positions are clamped to it). */
  snippetLines: number;
  /** Where each marked call is (`__at(id)` indexes it): see callSiteMarkers.ts. */
  sites: MarkedSite[];
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  sourceMap: true,
  alwaysStrict: false,
  removeComments: false,
  isolatedModules: true,
  newLine: ts.NewLineKind.LineFeed,
};

function toDiagnostic(d: ts.Diagnostic, snippetLines: number): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const severity = d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning';
  if (!d.file || d.start === undefined)
    return { severity, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const clamp = (pos: ts.LineAndCharacter) => {
    const line = pos.line + 1 - WRAP_LINES;
    if (line < 1) return { line: 1, column: 1 };
    if (line > snippetLines) return { line: snippetLines, column: 1 };
    return { line, column: pos.character + 1 };
  };
  const start = clamp(d.file.getLineAndCharacterOfPosition(d.start));
  const end = clamp(d.file.getLineAndCharacterOfPosition(d.start + (d.length ?? 0)));
  return {
    severity,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** Transpiles a snippet. Pure; see {@link transpileSnippetCached} for repeated runs. */
export function transpileSnippet(code: string): TranspileResult {
  const snippetLines = code.split('\n').length;
  const warnings: Diagnostic[] = [];
  const refused: Diagnostic[] = [];
  const sites: MarkedSite[] = [];
  const toPosition = (sourceFile: ts.SourceFile, offset: number) => {
    const pos = sourceFile.getLineAndCharacterOfPosition(offset);
    return {
      line: Math.min(snippetLines, Math.max(1, pos.line + 1 - WRAP_LINES)),
      column: pos.character + 1,
    };
  };
  const out = ts.transpileModule(WRAP_PREFIX + code + WRAP_SUFFIX, {
    compilerOptions: COMPILER_OPTIONS,
    fileName: 'snippet.ts',
    reportDiagnostics: true,
    transformers: {
      before: [
        moduleAccessCheck(refused, toPosition),
        missingAwaitLint(warnings, toPosition),
        expressionTreeTransformer,
        guardTransformer,
        callSiteMarkerTransformer(sites, WRAP_LINES),
      ],
      after: [flowTransformer],
    },
  });
  const diagnostics = [
    ...(out.diagnostics ?? []).map((d) => toDiagnostic(d, snippetLines)),
    ...refused,
    ...warnings,
  ];
  const js = out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
  const sourceMap = JSON.parse(
    out.sourceMapText ?? '{"version":3,"sources":[],"names":[],"mappings":""}',
  ) as RawSourceMap;
  return { js, sourceMap, diagnostics, snippetLines, sites };
}

const cache = new Map<string, TranspileResult>();
const CACHE_SIZE = 16;

/** Memoized {@link transpileSnippet} (small LRU): a batch of 1000 seeds transpiles once. */
export function transpileSnippetCached(code: string): TranspileResult {
  const hit = cache.get(code);
  if (hit) {
    cache.delete(code);
    cache.set(code, hit);
    return hit;
  }
  const result = transpileSnippet(code);
  cache.set(code, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return result;
}
