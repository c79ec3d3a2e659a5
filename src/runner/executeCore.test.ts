import { describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { runSnippetWith, type ExecuteHost } from './executeCore.ts';
import { createFakeSimulation, type FakeSimulationLog } from './testSupport/fakeSimulation.ts';
import { DEFAULT_RUN_SETTINGS, type Run } from './types.ts';

const host: ExecuteHost = {
  sql: {} as SqlJsStatic,
  yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
  now: () => performance.now(),
};

async function run(
  code: string,
  options: { guardLimitMs?: number; signal?: AbortSignal } = {},
): Promise<{ run: Run; log: FakeSimulationLog }> {
  const log: FakeSimulationLog = { probes: [], unhandled: [] };
  const result = await runSnippetWith(
    createFakeSimulation(log),
    { code, settings: DEFAULT_RUN_SETTINGS },
    host,
    options,
  );
  return { run: result, log };
}

describe('loop guard', () => {
  it('stops while(true){} within bounded real time', async () => {
    const started = performance.now();
    const { run: r } = await run('let n = 0;\nwhile (true) { n++; }', { guardLimitMs: 200 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(
      /^Stopped: the snippet ran for more than 200 ms of real time without yielding \(an infinite loop\?\)/,
    );
    expect(r.exception).toBeNull();
  });

  it('cannot be swallowed by a try/catch inside the loop', async () => {
    const started = performance.now();
    const { run: r } = await run('while (true) { try { for (;;) {} } catch {} }', { guardLimitMs: 200 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.outcome).toBe('stopped');
  });

  it('stops a loop that only awaits resolved promises (it never yields to the host)', async () => {
    const { run: r } = await run('while (true) { await null; }', { guardLimitMs: 200 });
    expect(r.outcome).toBe('stopped');
  });

  it('does not trip for loops that finish', async () => {
    const { run: r } = await run('let s = 0;\nfor (let i = 0; i < 100000; i++) s += i;\nconsole.log(s);', {
      guardLimitMs: 2000,
    });
    expect(r.outcome).toBe('ok');
    expect(r.console).toEqual(['4999950000']);
  });
});

describe('async flows', () => {
  it('restores each flow after its awaits, so interleaved bodies keep their own flow', async () => {
    const { run: r, log } = await run(
      [
        'const work = async (name: string) => {',
        '  probe(name + ":a");',
        '  await delay();',
        '  probe(name + ":b");',
        '  await delay();',
        '  probe(name + ":c");',
        '};',
        'const t1 = Task.Run(() => work("one"));',
        'const t2 = Task.Run(() => work("two"));',
        'await delay();',
        'probe("main");',
        'await t1; await t2;',
        'probe("end");',
      ].join('\n'),
    );
    expect(r.outcome).toBe('ok');
    const flows = Object.fromEntries(log.probes.map((p) => [p.label, p.flow]));
    expect(flows['one:a']).toBe(2);
    expect(flows['one:b']).toBe(2);
    expect(flows['one:c']).toBe(2);
    expect(flows['two:a']).toBe(3);
    expect(flows['two:b']).toBe(3);
    expect(flows['two:c']).toBe(3);
    expect(flows['main']).toBe(1);
    expect(flows['end']).toBe(1);
  });

  it('restores the flow inside and after for await loops', async () => {
    const { log } = await run(
      [
        'async function* rows() { for (let i = 0; i < 2; i++) { await Task.Run(async () => { await delay(); }); yield i; } }',
        'for await (const r of rows()) {',
        '  probe("row" + r);',
        '}',
        'probe("after");',
      ].join('\n'),
    );
    expect(log.probes.map((p) => [p.label, p.flow])).toEqual([
      ['row0', 1],
      ['row1', 1],
      ['after', 1],
    ]);
  });
});

describe('call sites', () => {
  it('maps frames to snippet lines and names them', async () => {
    const { log } = await run(
      [
        '// comment',
        'probe("top");',
        'async function loadAll() {',
        '  await delay();',
        '  probe("inner");',
        '}',
        'await loadAll();',
      ].join('\n'),
    );
    expect(log.probes[0]).toMatchObject({ label: 'top', line: 2, frames: ['Snippet.<Main>:2'] });
    expect(log.probes[1]).toMatchObject({ label: 'inner', line: 5 });
    expect(log.probes[1].frames[0]).toBe('Snippet.loadAll:5');
    expect(log.probes[1].frames).toContain('Snippet.<Main>:7');
  });

  it('keeps lines right after await using lowering (the body moves into try/finally)', async () => {
    const code = [
      'const res = { [Symbol.asyncDispose]: async () => { probe("disposed"); } };',
      'probe("before");',
      'await using r = res;',
      '',
      'await delay();',
      'probe("after");',
    ].join('\n');
    const { run: r, log } = await run(code);
    expect(r.outcome).toBe('ok');
    expect(log.probes.map((p) => [p.label, p.line])).toEqual([
      ['before', 2],
      ['after', 6],
      ['disposed', 1],
    ]);
  });
});

describe('thrown values', () => {
  it('maps a thrown string to an ExceptionInfo on the throw line', async () => {
    const { run: r } = await run('console.log("x");\n\nthrow "boom";');
    expect(r.outcome).toBe('threw');
    expect(r.exception).toMatchObject({ type: 'Error', line: 3 });
    expect(r.exception?.message).toContain('boom');
    expect(r.exception?.stack).toContain('snippet.ts:line 3');
  });

  it('gives a TypeError raised by the engine its snippet line', async () => {
    const { run: r } = await run('const x: any = undefined;\nconsole.log("a");\nx.foo.bar = 1;');
    expect(r.exception).toMatchObject({ type: 'NullReferenceException', line: 3 }); // .NET's name for a null dereference
  });

  it('gives an Error thrown in a nested function the throw line', async () => {
    const { run: r } = await run('function fail() {\n  throw new RangeError("nope");\n}\nfail();');
    expect(r.exception).toMatchObject({ type: 'RangeError', message: 'nope', line: 2 });
    expect(r.exception?.stack).toMatch(
      /at Snippet\.fail\(\) in snippet\.ts:line 2\n\s+at Snippet\.<Main>\(\) in snippet\.ts:line 4/,
    );
  });
});

describe('diagnostics and cancellation', () => {
  it('does not run a snippet with a syntax error', async () => {
    const { run: r, log } = await run('probe("x");\nconst = 1;');
    expect(log.probes).toEqual([]);
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(/^Fix the syntax error on line 2 first/);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, severity: 'error' });
  });

  it('reports a SyntaxError only the engine sees as a diagnostic', async () => {
    const { run: r } = await run('function f() { await g(); }');
    expect(r.outcome).toBe('stopped');
    expect(r.diagnostics[0].message).toMatch(/JavaScript rejected the code/);
  });

  it('shadows host globals the snippet must not reach', async () => {
    const { run: r } = await run(
      'console.log(typeof setTimeout, typeof globalThis, typeof process, typeof fetch);',
    );
    expect(r.console).toEqual(['undefined undefined undefined undefined']);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = run('while (true) { await delay(); }', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const { run: r } = await pending;
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(/^Cancelled/);
  });
});
