/**
 * Compiles the entry chunk's CommonJS modules off the main thread (lz-string today; React, ReactDOM
 * and the scheduler before the UI moved to Preact, whose modules are ESM).
 *
 * Rolldown wraps each CommonJS module in an arrow function, `__commonJSMin(((exports, module) =>
 * {…}))`, which V8 compiles lazily: on the main thread, when the page first requires it. ReactDOM's
 * factory is one 200 KB function: compiling it at that moment took 20–40 ms of the first load.
 * V8 compiles a parenthesised `(function …)` eagerly instead, and for a module script it does so
 * while streaming, on a background thread. Same semantics: the factories use neither `this` nor
 * `arguments` at their top level (`this` is undefined either way in a module).
 */
import type { Plugin } from 'vite';

const ARROW_FACTORY =
  /__commonJSMin\(\(\(((?:exports|module|require)(?:, (?:exports|module|require))*)?\) => \{/g;

export function eagerFactories(code: string): string {
  return code.replace(
    ARROW_FACTORY,
    (_m, params: string | undefined) => `__commonJSMin((function(${params ?? ''}) {`,
  );
}

export function eagerCommonJs(): Plugin {
  return {
    name: 'dbcp:eager-commonjs',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      const eager = eagerFactories(code);
      return eager === code ? null : { code: eager, map: null };
    },
  };
}
