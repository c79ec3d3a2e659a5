import { describe, expect, it } from 'vitest';
import { eagerFactories } from './eagerCommonJs.ts';

const RUNTIME =
  'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);\n';

describe('eager CommonJS factories', () => {
  it('turns each wrapped arrow factory into a parenthesised function, nothing else', () => {
    const code = [
      'var require_a = /* @__PURE__ */ __commonJSMin(((exports) => {',
      'var require_b = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
      'var require_c = /* @__PURE__ */ __commonJSMin((() => {',
      'const f = ((x) => { return x; });',
    ].join('\n');
    expect(eagerFactories(code).split('\n')).toEqual([
      'var require_a = /* @__PURE__ */ __commonJSMin((function(exports) {',
      'var require_b = /* @__PURE__ */ __commonJSMin((function(exports, module) {',
      'var require_c = /* @__PURE__ */ __commonJSMin((function() {',
      'const f = ((x) => { return x; });',
    ]);
  });

  it('keeps what the modules export', () => {
    // Strict, like a module script: `this` is undefined at a factory's top level either way.
    const bundle = `'use strict';\n${RUNTIME}var require_a = /* @__PURE__ */ __commonJSMin(((exports, module) => {
  const helper = () => typeof this;
  module.exports = { answer: 42, helper: helper() };
}));
return require_a();`;
    const run = (code: string) => new Function(code)() as unknown;
    const before = run(bundle);
    const after = run(eagerFactories(bundle));
    expect(eagerFactories(bundle)).toContain('__commonJSMin((function(exports, module) {');
    expect(after).toEqual(before);
    expect(after).toEqual({ answer: 42, helper: 'undefined' });
  });
});
