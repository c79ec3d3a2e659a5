/**
 * Evaluates transpiled snippet JavaScript with `new Function`, binding the snippet globals as
 * parameters. The script gets its own `//# sourceURL` so its frames are recognisable in stacks.
 *
 * Every host global of the realm (`self`, `postMessage`, `fetch`, `process`, real timers…) is
 * shadowed by an `undefined` parameter (realm/lockdown.ts, shadowedGlobalNames): a snippet finds
 * only ECMAScript's own globals and the simulator's. Simulator globals of the same name win over
 * the shadows. In a locked-down realm (the run worker, the CLI's run thread) this is the whole
 * story: no code from strings, so no way around the parameters to the global object.
 */
import { shadowedGlobalNames, snippetFunction } from './realm/lockdown.ts';
import { SNIPPET_FUNCTION, type TranspileResult } from './transpile.ts';

let shadowed: readonly string[] | null = null;

/** The realm's host global names, computed once (after lockdown, if the realm is locked). */
export function shadowedGlobals(): readonly string[] {
  shadowed ??= shadowedGlobalNames();
  return shadowed;
}

/** Names bound to a value of the runner's own (not `undefined`) in every snippet. */
export const FIXED_BINDINGS: ReadonlyMap<string, unknown> = new Map([['Function', snippetFunction]]);

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
