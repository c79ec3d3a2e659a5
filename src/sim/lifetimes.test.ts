// Lifetimes, tasks and the end of a run: disposal, fire-and-forget, singleton contexts,
// .NET task semantics and unobserved exceptions.
import { describe, expect, it } from 'vitest';
import { contextDisposed } from './messages.ts';
import { ops, runCode } from './testing/runCode.ts';

describe('lifetimes and tasks', () => {
  it('using a disposed context throws ObjectDisposedException with the object name', async () => {
    const run = await runCode(`
      const ctx = factory.CreateDbContext();
      ctx.Dispose();
      ctx.Dispose();
      console.log(ctx.ContextId);
      await ctx.Orders.ToListAsync();
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception).toMatchObject({
      type: 'ObjectDisposedException',
      message: contextDisposed('AppDb'),
      line: 5,
    });
    expect(run.console).toEqual(['AppDb#1']);
  });

  it('AppDb behaves as a class: new, instanceof, its name, a subclass, and no call without new', async () => {
    const run = await runCode(`
      class ReportingDb extends AppDb {
        Describe() { return 'reporting ' + this.ContextId; }
      }
      const plain = new AppDb();
      const reporting = new ReportingDb();
      console.log(plain instanceof AppDb, reporting instanceof AppDb, reporting instanceof ReportingDb, AppDb.name);
      console.log(reporting.Describe(), (await reporting.Orders.ToListAsync()).length > 0);
      console.log(db instanceof AppDb, db.ContextId);
      (AppDb as unknown as () => void)();
    `);
    expect(run.console).toEqual(['true true true AppDb', 'reporting AppDb#2 true', 'true AppDb#3']);
    expect(run.exception).toMatchObject({
      type: 'TypeError',
      message: "Class constructor AppDb cannot be invoked without 'new'",
      line: 9,
    });
  });

  it('fire-and-forget work outlives the request: its failure is unobserved', async () => {
    const run = await runCode(`
      const orders = await db.Orders.ToListAsync();
      Task.Run(async () => {
        await Task.Delay(100);
        db.AuditLog.Add(new AuditEntry({ Message: 'late', At: '2026-01-01 00:00:00' }));
        await db.SaveChangesAsync();
      });
      console.log('request done');
    `);
    expect(run.outcome).toBe('ok');
    expect(run.unobserved).toHaveLength(1);
    expect(run.unobserved[0]).toMatchObject({ type: 'ObjectDisposedException', line: 4 });
    expect(run.contexts[0].disposedAt).toBe(30);
    expect(run.durationMs).toBe(130);
  });

  it('an un-awaited failing query is reported as unobserved, and marked on its operation', async () => {
    const run = await runCode(`
      const a = db.Orders.ToListAsync();
      const b = db.Invoices.ToListAsync();
      await a;
    `);
    expect(run.outcome).toBe('ok');
    expect(run.unobserved.map((u) => u.type)).toEqual(['InvalidOperationException']);
    expect(ops(run)[1]).toMatchObject({ status: 'threw', unobserved: true, line: 2 });
  });

  it('a singleton context shared by concurrent requests fails some of them', async () => {
    const run = await runCode(`
      app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);
      const results = await app.HandleRequests(3, async (http) => {
        const ctx = http.RequestServices.GetRequiredService(AppDb);
        return await ctx.Orders.CountAsync();
      });
      console.log(results.map((r) => r.status).join(','));
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['200,500,500']);
    expect(run.requests[1].exception?.type).toBe('InvalidOperationException');
    expect(new Set(ops(run, 'CountAsync').map((o) => o.context)).size).toBe(1);
  });

  it('scoped registration gives each request its own context, disposed with its scope', async () => {
    const run = await runCode(`
      const results = await app.HandleRequests(3, async (http) => {
        const ctx = http.RequestServices.GetRequiredService(AppDb);
        return await ctx.Orders.CountAsync();
      }, { staggerMs: 5 });
      console.log(results.map((r) => r.status + ':' + r.start).join(','));
    `);
    expect(run.console).toEqual(['200:0,200:5,200:10']);
    const scoped = run.contexts.filter((c) => c.origin === 'scope');
    expect(scoped.map((c) => c.disposedAt)).toEqual([30, 35, 40]);
  });

  it('a scope per unit of work (CreateAsyncScope) is disposed by await using', async () => {
    const run = await runCode(`
      {
        await using scope = scopes.CreateAsyncScope();
        const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
        await ctx.Orders.CountAsync();
      }
      console.log('after scope');
    `);
    expect(run.outcome).toBe('ok');
    expect(run.contexts).toEqual([expect.objectContaining({ origin: 'scope', disposedAt: 30 })]);
  });

  it('Task.WhenAll throws the first failure in task order; WhenAny gives the index of the first to finish', async () => {
    const run = await runCode(`
      const slow = Task.Run(async () => { await Task.Delay(50); throw new InvalidOperationException('slow'); });
      const fast = Task.Run(async () => { await Task.Delay(10); throw new ObjectDisposedException('fast'); });
      const first = await Task.WhenAny(slow, fast);
      console.log(first === 1);
      try { await Task.WhenAll(slow, fast); } catch (e) { console.log((e as Error).message); }
    `);
    expect(run.console).toEqual(['true', 'slow']);
    expect(run.durationMs).toBe(50);
  });

  it('caps stop runaway snippets with a clear message', async () => {
    const forever = await runCode(`await Task.Delay(10_000_000);`);
    expect(forever.outcome).toBe('stopped');
    expect(forever.stopReason).toMatch(/virtual-time cap/);
    const never = await runCode(`await new Promise(() => {});`);
    expect(never.outcome).toBe('stopped');
    expect(never.stopReason).toMatch(/never/);
    const many = await runCode(`while (true) { await db.Orders.CountAsync(); }`, { latencyMs: 0 });
    expect(many.outcome).toBe('stopped');
    expect(many.stopReason).toMatch(/operation cap/);
  });
});

describe('determinism', () => {
  it('the same snippet and settings give byte-identical JSON, over many seeds', async () => {
    const code = `
      const ids = [1, 2, 3, 4, 5, 6, 7, 8];
      await Parallel.ForEachAsync(ids, { MaxDegreeOfParallelism: 4 }, async (id) => {
        await using ctx = factory.CreateDbContext();
        const c = await ctx.Customers.FindAsync(id);
        c!.Name = 'n' + id;
        await ctx.SaveChangesAsync();
      });
      await Task.WhenAll(db.Orders.ToListAsync(), db.Orders.CountAsync());
    `;
    for (let seed = 1; seed <= 25; seed++) {
      const a = JSON.stringify(await runCode(code, { jitterMs: 20, seed }));
      const b = JSON.stringify(await runCode(code, { jitterMs: 20, seed }));
      expect(a).toBe(b);
    }
  });
});

describe('deterministic ambient values', () => {
  it('Date follows the virtual clock and Math.random the seed', async () => {
    const code = `
      const t0 = Date.now();
      await Task.Delay(250);
      console.log(Date.now() - t0, new Date().toISOString(), Math.random());
    `;
    const a = await runCode(code, { seed: 3 });
    const b = await runCode(code, { seed: 3 });
    const c = await runCode(code, { seed: 4 });
    expect(a.console[0]).toMatch(/^250 2026-01-05T09:00:00\.250Z 0\.\d+$/);
    expect(b.console).toEqual(a.console);
    expect(c.console[0]).not.toBe(a.console[0]);
  });
});

describe('load mode (the snippet as K concurrent requests)', () => {
  it('scoped db: every request gets its own context and all succeed', async () => {
    const run = await runCode(`await db.Orders.CountAsync();`, { requests: 4 });
    expect(run.outcome).toBe('ok');
    expect(run.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(ops(run).map((o) => o.context)).size).toBe(4);
  });

  it('a singleton registration shares one context: all but the first request fail', async () => {
    const code = `
      app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);
      await db.Orders.CountAsync();
    `;
    const run = await runCode(code, { requests: 4 });
    expect(run.outcome).toBe('threw');
    expect(run.exception?.type).toBe('InvalidOperationException');
    expect(run.requests.map((r) => r.status)).toEqual([200, 500, 500, 500]);
    const single = await runCode(code);
    expect(single.outcome).toBe('ok');
  });

  it('an unused db creates no context', async () => {
    const run = await runCode(`console.log('no database today');`);
    expect(run.contexts).toEqual([]);
  });
});
