import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LESSONS_DIR } from '../node/nodeHost.ts';
import { createChildHost } from '../node/childHost.ts';
import { toCliJson } from '../formatRun.ts';
import { DEFAULT_RUN_SETTINGS, type RunRequest } from '../types.ts';
import { OBSERVE_THEN_VANDALISE, OBSERVER, VANDAL } from './isolationSnippets.ts';

const request = (code: string, extra: Partial<RunRequest> = {}): RunRequest => ({
  code,
  settings: DEFAULT_RUN_SETTINGS,
  ...extra,
});

const starters = readdirSync(LESSONS_DIR)
  .filter((id) => /^\d\d-/.test(id))
  .map((id) => request(readFileSync(join(LESSONS_DIR, id, 'starter.ts'), 'utf8'), { lesson: id }));

describe('a locked-down run thread (the CLI host)', () => {
  const host = createChildHost({ runTimeoutMs: 20_000 });
  afterAll(() => host.dispose());

  it('a snippet changes nothing the next run, or the next seed of a batch, can see', async () => {
    const before = [];
    for (const r of starters) before.push(toCliJson(await host.run(r)));
    const vandal = await host.run(request(VANDAL));
    expect(vandal.console).toEqual(['vandalised']);
    const observer = await host.run(request(OBSERVER));
    expect(observer.exception?.message ?? 'no exception').toBe('no exception');
    expect(observer.console).toEqual(['clean']);
    const after = [];
    for (const r of starters) after.push(toCliJson(await host.run(r)));
    expect(after).toEqual(before);
    // Seeds of one batch: the vandal's first seed must not change what its later seeds see.
    const summary = await host.runBatch(request(OBSERVE_THEN_VANDALISE), [1, 2, 3]);
    expect(summary.outcomes).toEqual({ ok: 3, threw: 0, stopped: 0 });
  }, 120_000);

  it('gives a snippet no code from strings, no module loader, no host globals', async () => {
    const run = await host.run(
      request(`// @ts-nocheck
for (const probe of [
  () => (() => {}).constructor('return 1')(),
  () => (async () => {}).constructor('return 1'),
  () => (function* () {}).constructor('return 1'),
  () => eval('1'),
  () => Function('return 1')(),
]) { try { probe(); console.log('reached'); } catch (e) { console.log(e.name); } }
console.log([typeof process, typeof require, typeof globalThis, typeof fetch, typeof setImmediate, typeof WebAssembly].join());
console.log(Object.isFrozen(Array.prototype), (() => {}) instanceof Function);`),
    );
    expect(run.console).toEqual([
      'EvalError',
      'EvalError',
      'EvalError',
      'EvalError',
      'EvalError',
      'undefined,undefined,undefined,undefined,undefined,undefined',
      'true true',
    ]);
    const imported = await host.run(
      request(`const fs = await import('node:fs');\nconsole.log(import.meta.url);`),
    );
    expect(imported.outcome).toBe('stopped');
    expect(imported.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([1, 2]);
  }, 60_000);

  it('assigning inherited names still works on the snippet’s own objects', async () => {
    const run = await host.run(
      request(`
class MyError extends Error { constructor(m: string) { super(m); this.name = 'MyError'; } }
const o: any = {}; o.toString = () => 'mine'; o.constructor = 'c';
const e = new MyError('boom'); e.message = 'changed';
console.log(String(o), o.constructor, e.name, e.message, String(e));`),
    );
    expect(run.console).toEqual(['mine c MyError changed MyError: changed']);
  }, 60_000);
});

describe('the run thread’s bounds', () => {
  it('a memory bomb ends the run stopped with the memory limit named; the next run works', async () => {
    const host = createChildHost({ memoryLimitMb: 96, runTimeoutMs: 30_000 });
    try {
      const bomb = await host.run(request('const a = [];\nfor (;;) a.push(new Array(1e6).fill(1));'));
      expect(bomb.outcome).toBe('stopped');
      expect(bomb.stopReason).toMatch(/used more than 96 MB of memory/);
      const next = await host.run(request('console.log(await db.Customers.CountAsync());'));
      expect(next.console).toEqual(['50']);
    } finally {
      host.dispose();
    }
  }, 90_000);

  it('a synchronous hang the loop guard cannot see is stopped by the real-time limit, in a batch too', async () => {
    const host = createChildHost({ runTimeoutMs: 3_000 });
    const hang = request("console.log(/(a+)+$/.test('a'.repeat(40) + '!'));");
    try {
      const run = await host.run(hang);
      expect(run.outcome).toBe('stopped');
      expect(run.stopReason).toMatch(/took more than 3 s of real time/);
      // Each seed is stopped on its own; the batch goes on in a new thread and ends with a summary.
      const summary = await host.runBatch(hang, [1, 2]);
      expect(summary).toMatchObject({
        runs: 2,
        outcomes: { ok: 0, threw: 0, stopped: 2 },
        failingSeeds: [1, 2],
      });
    } finally {
      host.dispose();
    }
  }, 120_000);
});
