/**
 * Generated hostile snippets for the fuzz tests of both hosts (src/runner/node/fuzz.test.ts for
 * the CLI's child process, e2e/hardening.spec.ts for the browser's run worker), and the clean
 * probe run after each: its trace must be byte-identical to the same probe in a fresh host.
 * Deterministic: the same inputs every CI run.
 */
export const PROBE = [
  'const orders = await db.Orders.Where(o => o.CustomerId == 7).ToListAsync();',
  'const n = await db.Customers.CountAsync();',
  'console.log(JSON.stringify({ orders: orders.length, n }), String(({} as any).x), [1, 2].map(v => v * 2).join());',
  'throw new Error("probe");',
].join('\n');

/** Deterministic PRNG (mulberry32): the same inputs every CI run. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Gen = (r: () => number) => string;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const n = (r: () => number, max: number) => 1 + Math.floor(r() * max);

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
export const GENERATORS: Record<string, Gen> = {
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

/**
 * The generators a browser tab survives. A memory bomb in a Web Worker can take the whole
 * renderer down with it in Chromium (the worker shares the tab's process), so the browser's fuzz
 * leaves it to the CLI's, whose child process has a heap limit of its own.
 */
export const BROWSER_GENERATORS: readonly string[] = Object.keys(GENERATORS).filter(
  (kind) => kind !== 'memory',
);
