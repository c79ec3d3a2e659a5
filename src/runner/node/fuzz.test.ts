/**
 * Fuzz: generated hostile snippets through the CLI's host (loops, floods, prototype tampering,
 * forged output, escapes, giant inputs). Every one must end in a named outcome, and a clean probe
 * run after each must give a byte-identical trace to the same probe in a fresh host (a fresh
 * process and realm). Bounded: inputs are tried until ~30 s have passed (every generator at least once).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stopKind } from '../stopKind.ts';
import type { Run } from '../types.ts';
import { DEFAULT_RUN_SETTINGS } from '../types.ts';
import { createChildHost, type ChildHostOptions } from './childHost.ts';

// The real-time limit is short (the limits themselves are what is under test) but above a busy
// machine's slowest clean run; the memory limit leaves the child room for its own start-up.
const OPTIONS: ChildHostOptions = { runTimeoutMs: 4_000, memoryLimitMb: 192 };
const BUDGET_MS = 30_000;

const PROBE = [
  'const orders = await db.Orders.Where(o => o.CustomerId == 7).ToListAsync();',
  'const n = await db.Customers.CountAsync();',
  'console.log(JSON.stringify({ orders: orders.length, n }), String(({} as any).x), [1, 2].map(v => v * 2).join());',
  'throw new Error("probe");',
].join('\n');

/** Deterministic PRNG (mulberry32): the same inputs every CI run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gen = (r: () => number) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const n = (r: () => number, max: number) => 1 + Math.floor(r() * max);

const TARGETS = [
  'Object.prototype',
  'Array.prototype',
  'Function.prototype',
  'Promise.prototype',
  'String.prototype',
  'Error.prototype',
  'JSON',
  'Math',
  'Reflect',
];
const GENERATORS: Record<string, Gen> = {
  'sync loop': (r) =>
    pick(r, ['while (true) {}', 'for (;;) { try { } catch { } }', 'let i = 0; do { i++; } while (i > -1);']),
  'zero-time await loop': (r) =>
    pick(r, [
      'while (true) { await Task.Delay(0); }',
      'for (;;) await Task.Yield();',
      'while (true) await Promise.resolve();',
    ]),
  'blocking wait': () => 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);',
  regex: (r) => `/^(a+)+$/.test("${'a'.repeat(20 + n(r, 10))}!");`,
  'console flood': (r) =>
    `for (let i = 0; i < ${n(r, 50_000)}; i++) console.log(i, "x".repeat(${n(r, 50)}));`,
  memory: (r) =>
    pick(r, [
      'const k = []; while (true) k.push(new Array(1e6).fill(0));',
      'new Array(1e9).fill(0);',
      'let s = "x"; while (true) s += s;',
    ]),
  recursion: (r) =>
    pick(r, [
      'const f = (x: number): number => f(x + 1) + 1; f(0);',
      'const f = (x: number): number => { try { return f(x + 1) + f(x + 1); } catch { return f(x + 1); } }; f(0);',
    ]),
  'tamper intrinsic': (r) =>
    `(${pick(r, TARGETS)} as any)["${pick(r, ['toString', 'valueOf', 'stringify', 'then', 'map', 'marker', 'x'])}"] = () => ${n(r, 9)};`,
  'tamper via sim object': (r) =>
    `(Object.getPrototypeOf(${pick(r, ['db', 'db.Orders', 'Task', 'factory', 'console'])}) as any).${pick(r, ['ToListAsync', 'marker', 'constructor', 'x'])} = ${n(r, 9)};`,
  'freeze intrinsic': (r) =>
    `Object.${pick(r, ['freeze', 'seal', 'preventExtensions'])}(${pick(r, TARGETS)});`,
  escape: (r) =>
    pick(r, [
      'Function("return this")().process.exit(0);',
      '(0, eval)("this").postMessage({ forged: true });',
      '(db as any).constructor.constructor("return process")().stdout.write("{}");',
      'await import("node:fs");',
      '(globalThis as any).process.exit(0);',
    ]),
  'forged output': (r) =>
    `console.log(JSON.stringify({ outcome: "ok", forged: ${n(r, 9)} }));\nthrow "${'z'.repeat(n(r, 20))}";`,
  'file system': (r) =>
    `await db.Database.ExecuteSqlRawAsync("ATTACH 'f${n(r, 3)}.db' AS p");\nawait db.Database.ExecuteSqlRawAsync("CREATE TABLE p.t (x)");`,
  'giant input': (r) => `const big = "${'y'.repeat(200_000 * n(r, 10))}";\nconsole.log(big.length);`,
  'throw oddities': (r) =>
    pick(r, [
      'throw null;',
      'throw { toString() { throw 1; } };',
      'throw Symbol("s");',
      'throw new Proxy({}, { get() { throw 2; } });',
      'await Promise.reject(undefined);',
    ]),
};

const fuzzHost = createChildHost(OPTIONS);
afterAll(() => fuzzHost.dispose());

function named(run: Run): string {
  return run.outcome === 'stopped' ? `stopped:${stopKind(run)}` : run.outcome;
}

describe('fuzz: hostile snippets through the CLI host', () => {
  it('every input ends in a named outcome and leaves nothing behind', { timeout: 300_000 }, async () => {
    const fresh = createChildHost(OPTIONS);
    const reference = JSON.stringify(
      (await fresh.run({ code: PROBE, settings: DEFAULT_RUN_SETTINGS })).trace,
    );
    fresh.dispose();

    const r = prng(11);
    const kinds = Object.keys(GENERATORS);
    const outcomes = new Map<string, number>();
    const leaks: string[] = [];
    const unnamed: string[] = [];
    const started = Date.now();
    let tried = 0;
    const minimum = kinds.length; // every generator at least once
    while (tried < minimum || (Date.now() - started < BUDGET_MS && tried < 200)) {
      const kind = kinds[tried % kinds.length];
      const code = GENERATORS[kind](r);
      tried++;
      const run = await fuzzHost.run({ code, settings: { ...DEFAULT_RUN_SETTINGS, seed: n(r, 1000) } });
      const name = named(run);
      outcomes.set(`${kind} → ${name}`, (outcomes.get(`${kind} → ${name}`) ?? 0) + 1);
      if (name === 'stopped:crashed' || name === 'stopped:simulator-error')
        unnamed.push(`${kind}: ${run.stopReason}`);
      const probe = await fuzzHost.run({ code: PROBE, settings: DEFAULT_RUN_SETTINGS });
      if (JSON.stringify(probe.trace) !== reference) leaks.push(`${kind}: ${code.slice(0, 80)}`);
    }
    console.info(
      `fuzz: ${tried} inputs, ${[...outcomes.values()].reduce((a, b) => a + b, 0)} named outcomes, ${unnamed.length} unnamed, ${leaks.length} leaks\n` +
        [...outcomes].map(([k, v]) => `  ${k}: ${v}`).join('\n'),
    );
    expect(unnamed).toEqual([]);
    expect(leaks).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(minimum);
  });
});
