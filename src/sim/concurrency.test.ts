// The ConcurrencyDetector's rules (EFCORE.md §2, Decisions 2–5, 9), each pinned by a snippet.
import { describe, expect, it } from 'vitest';
import { CONCURRENT_METHOD_INVOCATION } from './messages.ts';
import { maxOverlap, ops, runCode } from './testing/runCode.ts';

describe('ConcurrencyDetector', () => {
  it('Task.WhenAll over one context throws at the second call, after all tasks finish', async () => {
    const run = await runCode(`
      const [orders, invoices] = await Task.WhenAll(
        db.Orders.ToListAsync(),
        db.Invoices.ToListAsync(),
      );
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception).toMatchObject({
      type: 'InvalidOperationException',
      message: CONCURRENT_METHOD_INVOCATION,
      line: 3,
    });
    const [first, second] = ops(run);
    expect(first).toMatchObject({ name: 'ToListAsync', status: 'ok', line: 2, start: 0, end: 30 });
    expect(second).toMatchObject({
      name: 'ToListAsync',
      status: 'threw',
      line: 3,
      start: 0,
      end: 0,
      collidedWith: first.id,
    });
    // WhenAll waits for the first query before rethrowing (unlike Promise.all).
    expect(run.trace.find((e) => e.type === 'exception')?.t).toBe(30);
    expect(run.exception!.stack).toMatch(/^System\.InvalidOperationException: A second operation/);
    expect(run.exception!.stack).toContain('ConcurrencyDetector.EnterCriticalSection()');
    expect(run.exception!.stack).toContain('in snippet.ts:line 3');
  });

  it('Promise.all rejects at the first failure; the others run on, and their failures reach nobody', async () => {
    const run = await runCode(`
      const results = await Promise.all([db.Orders.ToListAsync(), db.Tickets.ToListAsync(), db.Invoices.ToListAsync()]);
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception?.line).toBe(1);
    expect(run.trace.find((e) => e.type === 'exception' && !e.unobserved)?.t).toBe(0);
    // The snippet's request scope disposes db while the first query is in flight: Dispose closed
    // the connection, so its command fails (real EF Core 10 + SQLite, scenario s-detector-find-miss).
    expect(ops(run).map((o) => o.status)).toEqual(['threw', 'threw', 'threw']);
    expect(run.sql).toHaveLength(1);
    expect(run.sql[0].failed).toBe(true);
    // Promise.all passed on only the first rejection: the third query's refusal (at 0 ms) and the
    // first query's failure (at 30 ms) reached no code, so they are reported as unobserved.
    expect(run.unobserved.map((e) => e.operation)).toEqual([1, 3].map((i) => ops(run)[i - 1].id));
    expect(run.trace.filter((e) => e.type === 'exception' && e.unobserved).map((e) => e.t)).toEqual([30, 30]);
  });

  it('Promise.all over plain promises: a failure after the rejection is reported, one the snippet saw is not', async () => {
    const run = await runCode(`
      async function load(ms: number, fail: boolean) { await Task.Delay(ms); if (fail) throw new Error('failed after ' + ms); return ms; }
      try { await Promise.all([load(10, true), load(20, true), load(5, false)]); } catch (e) { console.log((e as Error).message); }
      const ok = await Promise.all([load(1, false), Promise.resolve(2), 3]);
      console.log(ok.join(','), Promise.resolve(ok) instanceof Promise, typeof Promise.allSettled);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['failed after 10', '1,2,3 true function']);
    expect(run.unobserved.map((e) => e.message)).toEqual(['failed after 20']);
  });

  it('Task.WhenAll keeps every failure: nothing is unobserved', async () => {
    const run = await runCode(`
      await Task.WhenAll(db.Orders.ToListAsync(), db.Tickets.ToListAsync(), db.Invoices.ToListAsync());
    `);
    expect(run.exception?.line).toBe(1);
    expect(run.unobserved).toEqual([]);
  });

  it('sequential awaits on one context never collide', async () => {
    const run = await runCode(`
      const orders = await db.Orders.ToListAsync();
      const invoices = await db.Invoices.ToListAsync();
      const tickets = await db.Tickets.ToListAsync();
      console.log(orders.length, invoices.length, tickets.length);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['200 100 60']);
    expect(maxOverlap(run)).toBe(1);
    expect(run.durationMs).toBe(90);
    expect(new Set(ops(run).map((o) => o.connection))).toEqual(new Set([1]));
  });

  it('one factory context per task overlaps on distinct contexts and connections', async () => {
    const run = await runCode(`
      async function load<T>(query: (db: AppDb) => Promise<T>): Promise<T> {
        await using ctx = await factory.CreateDbContextAsync();
        return await query(ctx);
      }
      const [orders, invoices, tickets] = await Task.WhenAll(
        load((c) => c.Orders.ToListAsync()),
        load((c) => c.Invoices.ToListAsync()),
        load((c) => c.Tickets.ToListAsync()),
      );
    `);
    expect(run.outcome).toBe('ok');
    expect(maxOverlap(run)).toBe(3);
    const queries = ops(run, 'ToListAsync');
    expect(new Set(queries.map((o) => o.context)).size).toBe(3);
    expect(new Set(queries.map((o) => o.connection)).size).toBe(3);
    expect(run.durationMs).toBe(30);
    expect(run.contexts.filter((c) => c.origin === 'factory').every((c) => c.disposedAt === 30)).toBe(true);
  });

  it('timing decides: started after the previous completed succeeds, started before throws', async () => {
    const code = (delay: number) => `
      const first = db.Orders.ToListAsync();
      await Task.Delay(${delay});
      const second = await db.Invoices.ToListAsync();
      await first;
    `;
    expect((await runCode(code(30))).outcome).toBe('ok');
    const early = await runCode(code(29));
    expect(early.outcome).toBe('threw');
    expect(early.exception?.line).toBe(3);
    // With higher latency the same head start is no longer enough.
    expect((await runCode(code(30), { latencyMs: 40 })).outcome).toBe('threw');
    expect((await runCode(code(30), { latencyMs: 20 })).outcome).toBe('ok');
  });

  it('jitter draws each command latency from [latency − jitter, latency + jitter], seeded', async () => {
    const code = `
      const first = db.Orders.ToListAsync();
      await Task.Delay(30);
      await db.Invoices.ToListAsync();
      await first;
    `;
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const run = await runCode(code, { latencyMs: 30, jitterMs: 10, seed });
      const d = run.sql[0].durationMs;
      expect(d).toBeGreaterThanOrEqual(20);
      expect(d).toBeLessThanOrEqual(40);
      expect(run.outcome).toBe(d > 30 ? 'threw' : 'ok');
      outcomes.add(run.outcome);
    }
    expect(outcomes).toEqual(new Set(['ok', 'threw']));
  });

  it('SaveChangesAsync with nothing to save does not enter the detector; with changes it collides', async () => {
    const nothing = await runCode(`
      const pending = db.Orders.ToListAsync();
      const saved = await db.SaveChangesAsync();
      console.log('saved', saved);
      await pending;
    `);
    expect(nothing.outcome).toBe('ok');
    expect(nothing.console).toEqual(['saved 0']);

    const something = await runCode(`
      db.AuditLog.Add(new AuditEntry({ Message: 'started', At: '2026-01-01 00:00:00' }));
      const pending = db.Orders.ToListAsync();
      await db.SaveChangesAsync();
    `);
    expect(something.outcome).toBe('threw');
    expect(something.exception).toMatchObject({ type: 'InvalidOperationException', line: 3 });
    // The pending query outlives the request (db disposed under it): it fails, unobserved (s-detector-save-nothing).
    expect(something.unobserved.map((u) => u.message)).toEqual([
      'ExecuteReader can only be called when the connection is open.',
    ]);
    expect(something.sql.some((s) => s.text.startsWith('INSERT'))).toBe(false);
  });

  it('a synchronous SaveChanges while an async query is in flight throws synchronously', async () => {
    const run = await runCode(`
      const customer = await db.Customers.FirstAsync();
      customer.Name = 'Renamed';
      const _ = db.Orders.ToListAsync();
      try {
        db.SaveChanges();
      } catch (e) {
        console.log('caught', (e as Error).name);
      }
    `);
    expect(run.console).toEqual(['caught InvalidOperationException']);
    expect(ops(run, 'SaveChanges')[0]).toMatchObject({ status: 'threw', line: 5, start: 30, end: 30 });
  });

  it('EnableThreadSafetyChecks(false) turns the detector off: the overlap runs', async () => {
    const run = await runCode(
      `
      const options = new DbContextOptionsBuilder().EnableThreadSafetyChecks(false).Options;
      await using ctx = new AppDb(options);
      await Task.WhenAll(ctx.Orders.ToListAsync(), ctx.Invoices.ToListAsync());
    `,
      // With MARS: without it SqlClient refuses the second command instead (provider.test.ts).
      { provider: 'sqlserver-mars' },
    );
    expect(run.outcome).toBe('ok');
    expect(maxOverlap(run)).toBe(2);
  });

  it('Find on a tracked key returns the instance with no query and no detector entry', async () => {
    const run = await runCode(`
      const c = await db.Customers.FindAsync(7);
      const pending = db.Orders.ToListAsync();
      const again = await db.Customers.FindAsync(7);
      console.log(c === again);
      await pending;
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['true']);
    expect(run.sql[0].text).toContain('WHERE "c"."Id" = @p');
    expect(run.sql).toHaveLength(2);
  });

  it('streaming: work between rows on the same flow is not caught; another flow inside MoveNextAsync is', async () => {
    const sameFlow = await runCode(
      `
      let n = 0;
      for await (const c of db.Customers.Where((c) => c.Id <= 3).AsAsyncEnumerable()) {
        n += await db.Orders.CountAsync((o) => o.CustomerId == c.Id);
      }
      console.log(n);
    `,
      // With MARS: without it the open reader refuses the count (provider.test.ts).
      { provider: 'sqlserver-mars' },
    );
    expect(sameFlow.outcome).toBe('ok');
    expect(sameFlow.console).toEqual(['12']);

    const otherFlow = await runCode(`
      const background = Task.Run(() => db.Orders.CountAsync());
      for await (const c of db.Customers.AsAsyncEnumerable()) {
        break;
      }
      await background;
    `);
    expect(otherFlow.outcome).toBe('threw');
    expect(otherFlow.exception?.type).toBe('InvalidOperationException');
  });

  it('Parallel.ForEachAsync on one context collides; a factory context per iteration does not', async () => {
    const shared = await runCode(`
      await Parallel.ForEachAsync([1, 2, 3, 4, 5, 6], { MaxDegreeOfParallelism: 3 }, async (id) => {
        const c = await db.Customers.FindAsync(id);
      });
    `);
    expect(shared.outcome).toBe('threw');
    expect(shared.exception?.type).toBe('InvalidOperationException');

    const fixed = await runCode(`
      await Parallel.ForEachAsync([1, 2, 3, 4, 5, 6], { MaxDegreeOfParallelism: 3 }, async (id) => {
        await using ctx = factory.CreateDbContext();
        await ctx.Customers.FindAsync(id);
      });
    `);
    expect(fixed.outcome).toBe('ok');
    expect(maxOverlap(fixed)).toBe(3);
    expect(fixed.durationMs).toBe(60);
  });
});
