import { afterAll, describe, expect, it } from 'vitest';
import { BatchCancelledError, seedRange } from '../batch.ts';
import { DEFAULT_RUN_SETTINGS, type RunSettings } from '../types.ts';
import { createNodeHost } from './nodeHost.ts';

const host = createNodeHost({ guardLimitMs: 300 });
afterAll(() => host.dispose());

const run = (code: string, settings: Partial<RunSettings> = {}) =>
  host.run({ code, settings: { ...DEFAULT_RUN_SETTINGS, ...settings } });

describe('node host with the real simulator', () => {
  it('runs a clean snippet and maps operations to lines', async () => {
    const r = await run(
      'const id = 3;\nconst orders = await db.Orders.Where(o => o.CustomerId == id).ToListAsync();\nconsole.log(orders.length);',
    );
    expect(r.outcome).toBe('ok');
    expect(r.console).toEqual(['4']);
    expect(r.operations.map((o) => [o.name, o.line, o.status])).toEqual([['ToListAsync', 2, 'ok']]);
    expect(r.sql[0].text).toContain('WHERE "o"."CustomerId" = @id');
  });

  it('reports the collision on the second operation line', async () => {
    const r = await run(
      'const a = db.Orders.ToListAsync();\nconst b = db.Customers.ToListAsync();\nawait Task.WhenAll(a, b);',
    );
    expect(r.outcome).toBe('threw');
    expect(r.exception).toMatchObject({ type: 'InvalidOperationException', line: 2 });
    expect(r.exception?.stack).toContain('at Snippet.<Main>() in snippet.ts:line 2');
  });

  it('attributes operations to the flows that made them, across awaits', async () => {
    const r = await run(
      [
        'const load = async (id: number) => {',
        '  await using ctx = await factory.CreateDbContextAsync();',
        '  await ctx.Customers.FindAsync(id);',
        '  await ctx.Orders.Where(o => o.CustomerId == id).ToListAsync();',
        '};',
        'await Task.WhenAll(Task.Run(() => load(1)), Task.Run(() => load(2)));',
        'await db.Users.CountAsync();',
      ].join('\n'),
    );
    expect(r.outcome).toBe('ok');
    const flowsByLine = (line: number) => r.operations.filter((o) => o.line === line).map((o) => o.flow);
    const finds = flowsByLine(3);
    expect(new Set(finds).size).toBe(2);
    expect(flowsByLine(4).sort()).toEqual([...finds].sort());
    expect(flowsByLine(7)).toEqual([1]);
  });

  it('stops while(true){} and a loop that swallows the stop in try/catch, without hanging', async () => {
    const started = performance.now();
    const r1 = await run('while (true) {}');
    const r2 = await run('while (true) { try { for (;;) {} } catch {} }');
    expect(performance.now() - started).toBeLessThan(5000);
    for (const r of [r1, r2]) {
      expect(r.outcome).toBe('stopped');
      expect(r.stopReason).toMatch(/without yielding \(an infinite loop\?\)\. Your code is unchanged\./);
      expect(r.exception).toBeNull();
      expect(r.trace.filter((e) => e.type === 'exception')).toEqual([]);
      expect(r.trace.map((e) => e.seq)).toEqual(r.trace.map((_, i) => i));
    }
  });

  it('turns a thrown string into an exception on its line', async () => {
    const r = await run('console.log("a");\n\nthrow "boom";');
    expect(r.outcome).toBe('threw');
    expect(r.exception).toMatchObject({ type: 'Error', line: 3 });
    expect(r.exception?.message).toContain('boom');
  });

  it('gives a TypeError in snippet code its line', async () => {
    const r = await run(
      'const c = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);\nconsole.log(c!.Name);',
    );
    expect(r.exception).toMatchObject({ type: 'NullReferenceException', line: 2 }); // .NET's name for a null dereference
  });

  it('reports an unawaited failing async function (native promise) as unobserved', async () => {
    const r = await run(
      'async function boom() { await Task.Delay(5); throw new Error("late"); }\nboom();\nawait Task.Delay(20);',
    );
    expect(r.unobserved.map((e) => e.message)).toContain('late');
  });

  it('refuses to run a snippet with a syntax error', async () => {
    const r = await run('const x = ;');
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(/^Fix the syntax error on line 1 first/);
    expect(r.operations).toEqual([]);
  });

  it('produces byte-identical runs for the same snippet and settings', async () => {
    const code =
      'const a = db.Orders.ToListAsync();\nawait Task.Delay(1);\nconst b = await db.Customers.CountAsync();\nawait a;';
    const one = await run(code, { jitterMs: 10, seed: 5 });
    const two = await run(code, { jitterMs: 10, seed: 5 });
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
  });

  it('runs a batch over seeds and aggregates failures', async () => {
    const code = [
      'const t1 = Task.Run(async () => { await Task.Delay(1); return db.Orders.CountAsync(); });',
      'const t2 = Task.Run(async () => { await Task.Delay(1); return db.Customers.CountAsync(); });',
      'await Task.WhenAll(t1, t2);',
    ].join('\n');
    const progress: number[] = [];
    const summary = await host.runBatch({ code, settings: DEFAULT_RUN_SETTINGS }, seedRange(1, 5), (p) =>
      progress.push(p.done),
    );
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(summary.runs).toBe(5);
    expect(summary.failures).toBe(summary.failingSeeds.length);
    expect(summary.outcomes.ok + summary.outcomes.threw + summary.outcomes.stopped).toBe(5);
  });

  it('cancel() stops the current run and rejects a batch', async () => {
    const pending = run('while (true) { await Task.Yield(); }');
    setTimeout(() => host.cancel(), 30);
    const r = await pending;
    expect(r.outcome).toBe('stopped');
    expect(r.stopReason).toMatch(/^Cancelled/);

    const batch = host.runBatch(
      { code: 'await Task.Delay(10);', settings: DEFAULT_RUN_SETTINGS },
      seedRange(1, 100000),
    );
    setTimeout(() => host.cancel(), 30);
    await expect(batch).rejects.toBeInstanceOf(BatchCancelledError);
  });
});
