// Lines of APIs the snippet reaches without a call expression of its own. The runner answers
// explicit calls from the transpiler's call-site markers; these paths must read the stack, or
// they would report the line of whatever call came before.
import { describe, expect, it } from 'vitest';
import { runCode } from './testing/runCode.ts';

describe('call sites of implicit API calls', () => {
  it('the lazy db, a State setter and for await report their own lines, not the previous call', async () => {
    const run = await runCode(`
      console.log('start');
      const q = db.Orders;
      const o = await q.FirstAsync();
      const entry = db.Entry(o);
      console.log('y');
      entry.State = EntityState.Modified;
      async function stream() {
        let n = 0;
        for await (const c of db.Customers.AsAsyncEnumerable()) n++;
        return n;
      }
      console.log(await stream());
    `);
    expect(run.outcome).toBe('ok');
    expect(run.contexts.map((c) => c.line)).toEqual([2]);
    expect(run.operations.map((o) => [o.name, o.line])).toEqual([
      ['FirstAsync', 3],
      ['Entry.State = Modified', 6],
      ['AsAsyncEnumerable', 9],
    ]);
  });

  it('db first used inside a function it was passed to is created on that line', async () => {
    const run = await runCode(`
      async function load(ctx: AppDb) {
        return ctx.Orders.ToListAsync();
      }
      console.log('x');
      await load(db);
    `);
    expect(run.contexts.map((c) => c.line)).toEqual([2]);
  });

  it('db first read inside a function called earlier in the same statement is created in that function', async () => {
    const run = await runCode(`
      function helper() {
        return db.Customers;
      }
      const pair = [helper(), db.Orders];
      console.log(pair.length);
    `);
    expect(run.contexts.map((c) => c.line)).toEqual([2]);
  });

  it('a disposed context used through a getter blames the getter line', async () => {
    const run = await runCode(`
      const ctx = factory.CreateDbContext();
      ctx.Dispose();
      console.log('disposed');
      const tracker = ctx.ChangeTracker;
    `);
    expect(run.exception).toMatchObject({ type: 'ObjectDisposedException', line: 4 });
  });

  it('a nested function keeps its callers in the stack', async () => {
    const run = await runCode(`
      async function load() {
        return await db.Orders.SingleAsync();
      }
      await load();
    `);
    expect(run.exception?.stack).toMatch(
      /Snippet\.load\(\) in snippet\.ts:line 2[\s\S]*Snippet\.<Main>\(\) in snippet\.ts:line 4/,
    );
  });
});

describe('engine messages', () => {
  it('read as the learner wrote the code, without the call-site instrumentation', async () => {
    const run = await runCode(`
      console.log('before');
      (db as unknown as { Foo(): void }).Foo();
    `);
    expect(run.exception).toMatchObject({ type: 'TypeError', message: 'db.Foo is not a function', line: 2 });
  });
});
