// What each provider changes (provider.ts), pinned by snippets. The sqlite rules are also checked
// against real EF Core (conformance/scenarios/p-sqlite-*); SQL Server's no-MARS refusals follow
// SqlClient's ValidateConnectionForExecute, which the oracle cannot run.
import { describe, expect, it } from 'vitest';
import { CONCURRENT_METHOD_INVOCATION, MARS_UNSUPPORTED, OPEN_DATAREADER } from './messages.ts';
import { ops, runCode } from './testing/runCode.ts';

const parallel = `
  const a = db.Orders.ToListAsync();
  const b = db.Invoices.ToListAsync();
  await Task.WhenAll(a, b);
`;

const detectorOff = `
  const ctx = new AppDb(new DbContextOptionsBuilder().EnableThreadSafetyChecks(false).Options);
  const a = ctx.Orders.ToListAsync();
  const b = ctx.Invoices.ToListAsync();
  await Task.WhenAll(a, b);
`;

const queryInStream = `
  for await (const t of db.Tickets.OrderBy(t => t.Id).Take(2).AsAsyncEnumerable()) {
    const n = await db.Orders.Where(o => o.CustomerId == t.CustomerId).CountAsync();
    console.log(n);
  }
`;

describe('provider', () => {
  it('defaults to sqlserver and records it on the run', async () => {
    const run = await runCode('await db.Orders.CountAsync();');
    expect(run.settings.provider).toBe('sqlserver');
    expect(run.trace[0]).toMatchObject({ type: 'run-start', provider: 'sqlserver' });
  });

  it('on SQL Server (with or without MARS) the detector refuses the second query first', async () => {
    for (const provider of ['sqlserver', 'sqlserver-mars'] as const) {
      const run = await runCode(parallel, { provider });
      expect(run.exception).toMatchObject({ message: CONCURRENT_METHOD_INVOCATION, line: 2 });
    }
  });

  it('on SQLite an async query has finished when the call returns: nothing overlaps', async () => {
    const run = await runCode(parallel, { provider: 'sqlite' });
    expect(run.outcome).toBe('ok');
    const [a, b] = ops(run);
    expect(a).toMatchObject({ start: 0, end: 30, status: 'ok' });
    // The second call starts after the first one's round-trip, which blocked the thread.
    expect(b).toMatchObject({ start: 30, end: 60, status: 'ok' });
  });

  it('with the detector off, SQL Server without MARS refuses a command while another one executes', async () => {
    const run = await runCode(detectorOff, { provider: 'sqlserver' });
    expect(run.exception).toMatchObject({
      type: 'InvalidOperationException',
      message: MARS_UNSUPPORTED,
      line: 3,
    });
    expect(run.exception!.stack).toContain('ValidateConnectionForExecute');
    expect((await runCode(detectorOff, { provider: 'sqlserver-mars' })).outcome).toBe('ok');
    expect((await runCode(detectorOff, { provider: 'sqlite' })).outcome).toBe('ok');
  });

  it('between the rows of a stream, SQL Server without MARS refuses a query: the reader is open', async () => {
    const run = await runCode(queryInStream, { provider: 'sqlserver' });
    expect(run.exception).toMatchObject({ message: OPEN_DATAREADER, line: 2 });
    // The refused query left the detector: it is not held after the failure.
    expect(run.trace.filter((e) => e.type === 'collision')).toHaveLength(0);
    for (const provider of ['sqlserver-mars', 'sqlite'] as const) {
      const ok = await runCode(queryInStream, { provider });
      expect(ok.outcome).toBe('ok');
      expect(ok.console).toEqual(['4', '4']);
    }
  });

  it('a query after the stream has ended is fine on every provider', async () => {
    const code = `
      const rows = [];
      for await (const t of db.Tickets.Take(2).AsAsyncEnumerable()) rows.push(t);
      console.log(await db.Orders.CountAsync());
    `;
    for (const provider of ['sqlserver', 'sqlserver-mars', 'sqlite'] as const)
      expect((await runCode(code, { provider })).console).toEqual(['200']);
  });
});
