/**
 * Snippet locations from JavaScript stacks. The compiled snippet is evaluated under its own
 * `//# sourceURL` (`snippet-N.ts`), so its frames are recognisable in a V8 stack (Node and
 * Chromium are both V8); each frame is mapped through the transpiler's source map back to the
 * snippet's line and column. The simulator calls {@link SnippetLocator.callSite} on every EF Core
 * call, so this is kept cheap: the source-map consumer is built once per compiled snippet,
 * positions are memoized, the stack depth is capped while capturing, and V8's structured stack
 * API is used (no string formatting, and no host hooks such as Node's --enable-source-maps).
 */
import { SourceMapConsumer } from 'source-map-js';
import type { CallSite } from '../sim/simulation.ts';
import type { StackFrame } from './types.ts';
import { withPrepareStackTrace } from './realm/lockdown.ts';
import { SNIPPET_FUNCTION, WRAP_LINES, type TranspileResult } from './transpile.ts';

export interface SnippetPosition {
  line: number;
  column: number;
}

export interface SnippetLocator {
  /** The snippet frames of the current JavaScript stack (innermost first), or null outside snippet code. */
  callSite(): CallSite | null;
  /** The snippet frames of a V8 stack string (e.g. an Error's `.stack`), innermost first. */
  framesOf(stack: string | undefined): StackFrame[];
  /** Maps a position in the evaluated script (1-based line and column, as V8 reports them). */
  mapPosition(line: number, column: number): SnippetPosition | null;
}

/** V8's stack API (Node and Chromium); not in the ES lib types. */
interface V8CallSite {
  getScriptNameOrSourceURL?(): string | null;
  getFileName?(): string | null;
  getFunctionName?(): string | null;
  getLineNumber?(): number | null;
  getColumnNumber?(): number | null;
}
interface V8ErrorConstructor {
  stackTraceLimit?: number;
  prepareStackTrace?: (error: Error, structured: V8CallSite[]) => unknown;
  captureStackTrace?: (target: object, constructorOpt?: (...args: never[]) => unknown) => void;
}

/** Captures at most this many frames: deep enough to cross the simulator's own frames. */
// The snippet's frames sit under ~8 simulator frames; 24 covers nested snippet functions too.
export const STACK_LIMIT = 24;

/**
 * Runs `fn` with `Error.stackTraceLimit` at STACK_LIMIT. In a locked-down realm the limit is
 * fixed (at STACK_LIMIT) and `Reflect.set` leaves it alone.
 */
function withStackTraceLimit<T>(fn: () => T): T {
  const saved = (Error as unknown as V8ErrorConstructor).stackTraceLimit;
  Reflect.set(Error, 'stackTraceLimit', STACK_LIMIT);
  try {
    return fn();
  } finally {
    Reflect.set(Error, 'stackTraceLimit', saved);
  }
}

// `    at async name (url:line:col)`, `    at url:line:col`, `    at new Foo (url:line:col)`.
const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;

/** How a V8 function name reads as a .NET-style frame of the snippet. */
export function frameMethodName(v8Name: string | undefined): string {
  const name = (v8Name ?? '')
    .replace(/^new /, '')
    .replace(/ \[as [^\]]+\]$/, '')
    .trim();
  if (name === SNIPPET_FUNCTION) return 'Snippet.<Main>';
  if (name === '' || name === 'eval' || name === 'anonymous' || name.includes('<anonymous>'))
    return 'Snippet.<lambda>';
  return `Snippet.${name}`;
}

/**
 * @param transpiled the snippet's transpilation (its source map)
 * @param scriptUrl the `sourceURL` the compiled script was evaluated under
 * @param firstLine the V8 line number of the compiled JavaScript's first line
 */
export function createSnippetLocator(
  transpiled: TranspileResult,
  scriptUrl: string,
  firstLine: number,
): SnippetLocator {
  let consumer: SourceMapConsumer | null = null;
  const memo = new Map<number, SnippetPosition | null>();
  const methodNames = new Map<string, string>();
  const methodName = (v8Name: string): string => {
    let name = methodNames.get(v8Name);
    if (name === undefined) methodNames.set(v8Name, (name = frameMethodName(v8Name)));
    return name;
  };

  const mapPosition = (line: number, column: number): SnippetPosition | null => {
    const key = line * 65536 + column;
    const known = memo.get(key);
    if (known !== undefined) return known;
    consumer ??= new SourceMapConsumer(transpiled.sourceMap);
    const generated = { line: line - firstLine + 1, column: Math.max(0, column - 1) };
    let result: SnippetPosition | null = null;
    if (generated.line >= 1) {
      let original = consumer.originalPositionFor({
        ...generated,
        bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
      });
      if (original.line == null)
        original = consumer.originalPositionFor({ ...generated, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
      if (original.line != null) {
        const snippetLine = original.line - WRAP_LINES;
        if (snippetLine >= 1 && snippetLine <= transpiled.snippetLines)
          result = { line: snippetLine, column: original.column + 1 };
      }
    }
    memo.set(key, result);
    return result;
  };

  const framesOf = (stack: string | undefined): StackFrame[] => {
    if (!stack) return [];
    const frames: StackFrame[] = [];
    for (const text of stack.split('\n')) {
      if (!text.includes(scriptUrl)) continue;
      const m = FRAME.exec(text);
      if (!m || m[2] !== scriptUrl) continue;
      const pos = mapPosition(Number(m[3]), Number(m[4]));
      if (pos) frames.push({ method: frameMethodName(m[1]), line: pos.line, column: pos.column });
    }
    return frames;
  };

  /** Frames from V8's structured stack API: no string formatting, no host source-map hooks. */
  const structuredFrames = (): StackFrame[] | null => {
    const v8 = Error as unknown as V8ErrorConstructor;
    if (typeof v8.captureStackTrace !== 'function') return null;
    const capture = v8.captureStackTrace;
    const sites = withPrepareStackTrace(
      (_error, structured) => structured,
      () =>
        withStackTraceLimit(() => {
          const holder: { stack?: unknown } = {};
          capture(holder, callSite);
          return holder.stack;
        }),
    );
    if (!Array.isArray(sites)) return null;
    const frames: StackFrame[] = [];
    for (const site of sites as V8CallSite[]) {
      const url = site.getScriptNameOrSourceURL?.() ?? site.getFileName?.();
      if (url !== scriptUrl) continue;
      const line = site.getLineNumber?.();
      const column = site.getColumnNumber?.();
      if (line == null || column == null) continue;
      const pos = mapPosition(line, column);
      if (pos)
        frames.push({
          method: methodName(site.getFunctionName?.() ?? ''),
          line: pos.line,
          column: pos.column,
        });
    }
    return frames;
  };

  /** Fallback for engines without the structured API: parse the `stack` string. */
  const stringFrames = (): StackFrame[] => {
    return framesOf(withStackTraceLimit(() => new Error().stack));
  };

  function callSite(): CallSite | null {
    const frames = structuredFrames() ?? stringFrames();
    const top = frames[0];
    if (!top) return null;
    return { line: top.line ?? 0, column: top.column ?? 0, frames };
  }

  return { callSite, framesOf, mapPosition };
}
