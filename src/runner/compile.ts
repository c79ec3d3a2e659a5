/**
 * Evaluates transpiled snippet JavaScript with `new Function`, binding the snippet globals as
 * parameters. The script gets its own `//# sourceURL` so its frames are recognisable in stacks.
 *
 * Host globals a snippet must not reach are shadowed by `undefined` parameters: real timers and
 * `fetch` would escape the virtual clock (and with it the replayable trace), `postMessage`,
 * `close` and `self` would talk to the run worker itself. This is guidance, not a security
 * boundary — the Web Worker is the isolation; a determined snippet can still reach the global
 * object (e.g. through `Function`). Simulator globals of the same name win over the shadows.
 */
import { SNIPPET_FUNCTION, type TranspileResult } from './transpile.ts';

export const SHADOWED_GLOBALS: readonly string[] = [
  'globalThis',
  'self',
  'window',
  'global',
  'document',
  'process',
  'require',
  'module',
  'Buffer',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'Worker',
  'importScripts',
  'postMessage',
  'close',
  'onmessage',
  'addEventListener',
  'removeEventListener',
  'performance',
];

export interface CompiledSnippet {
  /** The `sourceURL` its frames carry. */
  url: string;
  /** V8 line number of the transpiled JavaScript's first line. */
  firstLine: number;
  /** Parameter names, in order. */
  names: readonly string[];
  /** Binds the values (same order as `names`) and returns the snippet's async body. */
  bind(values: readonly unknown[]): () => Promise<unknown>;
}

let headerLines: number | null = null;

/** Lines V8 puts before a `new Function` body (`function anonymous(…\n) {\n`), measured once. */
function functionHeaderLines(): number {
  if (headerLines !== null) return headerLines;
  const probe = new Function('return new Error().stack;\n//# sourceURL=snippet-probe.js') as () => string;
  const match = /snippet-probe\.js:(\d+):\d+/.exec(probe() ?? '');
  headerLines = match ? Number(match[1]) - 1 : 2;
  return headerLines;
}

let scripts = 0;

/** Compiles the transpiled snippet. Throws the engine's SyntaxError if JavaScript rejects it. */
export function compileSnippet(transpiled: TranspileResult, names: readonly string[]): CompiledSnippet {
  const url = `snippet-${++scripts}.ts`;
  // Body line 1 is "use strict"; the transpiled JavaScript starts on body line 2.
  const body = `"use strict";\n${transpiled.js}\nreturn ${SNIPPET_FUNCTION};\n//# sourceURL=${url}`;
  const factory = new Function(...names, body) as (...args: unknown[]) => () => Promise<unknown>;
  return {
    url,
    firstLine: functionHeaderLines() + 2,
    names,
    bind: (values) => factory(...values),
  };
}
