/** C# semantics the lowering and the `__cs` runtime must keep, checked by running C# end to end. */
import { describe, expect, it } from 'vitest';
import { runCSharp } from './testSupport/runCSharp.ts';

async function consoleOf(source: string): Promise<string[]> {
  const run = await runCSharp(source);
  expect(run.exception, run.exception?.message).toBeNull();
  return run.console;
}

describe('C# semantics', () => {
  it('a null dereference throws NullReferenceException on its line', async () => {
    const run = await runCSharp(
      'var c = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);\nConsole.WriteLine(c.Name);',
    );
    expect(run.exception).toMatchObject({ type: 'NullReferenceException', line: 2 });
    expect(run.exception?.message).toBe('Object reference not set to an instance of an object.');
  });

  it('DateTime.UtcNow, Now and Today read the virtual clock, so a run replays', async () => {
    const source =
      'var start = DateTime.UtcNow;\nawait Task.Delay(2000);\nConsole.WriteLine($"{start} {DateTime.Now} {DateTime.Today}");';
    const expected = ['2026-01-05 09:00:00 2026-01-05 09:00:02 2026-01-05 00:00:00'];
    expect(await consoleOf(source)).toEqual(expected);
    expect(await consoleOf(source)).toEqual(expected);
  });

  it('integer division truncates; dividing by zero throws DivideByZeroException', async () => {
    expect(
      await consoleOf('var a = 7; var b = -7;\nConsole.WriteLine($"{a / 2} {b / 2} {a % 3} {7.0 / 2}");'),
    ).toEqual(['3 -3 1 3.5']);
    const run = await runCSharp('var z = 0;\nvar x = 1 / z;');
    expect(run.exception).toMatchObject({ type: 'DivideByZeroException', line: 2 });
  });

  it('.Result on a completed task returns its value; on a running task it fails, never awaits', async () => {
    expect(
      await consoleOf(
        'var t = db.Orders.CountAsync();\nawait Task.WhenAll(t);\nConsole.WriteLine(t.Result);',
      ),
    ).toEqual([expect.stringMatching(/^\d+$/)]);
    // In a synchronous method the flow cannot be held: a running task is refused on the wait's line.
    const run = await runCSharp(
      'int Count() {\n  return db.Orders.CountAsync().Result;\n}\nvar n = Count();',
    );
    expect(run.exception).toMatchObject({ type: 'NotSupportedException', line: 2 });
    expect(run.exception?.message).toContain('block this thread');
  });

  it('a blocking wait in an async flow holds that flow until the task completes; other flows run meanwhile', async () => {
    const source = [
      'var bg = Task.Run(async () => { await Task.Delay(10); Console.WriteLine("background"); });',
      'Task.Delay(50).Wait();',
      'Console.WriteLine($"main {db.Orders.CountAsync().Result > 0}");',
      'await bg;',
    ].join('\n');
    expect(await consoleOf(source)).toEqual(['background', 'main True']);
    const fault = 'var x = db.Orders.FirstAsync(o => o.Id == 999)';
    expect((await runCSharp(`${fault}.Result;`)).exception).toMatchObject({
      type: 'AggregateException',
      line: 1,
    });
    expect((await runCSharp(`\n${fault}.GetAwaiter().GetResult();`)).exception).toMatchObject({
      type: 'InvalidOperationException',
      line: 2,
    });
  });

  // GetResult rethrows the original exception with its original stack, so it reports the line that failed, as `await` does.
  it('.Result wraps a fault in AggregateException; GetAwaiter().GetResult() rethrows it as it is', async () => {
    const failing = 'var t = db.Orders.FirstAsync(o => o.Id == 999);\ntry { await t; } catch { }\n';
    expect((await runCSharp(failing + 'var x = t.Result;')).exception).toMatchObject({
      type: 'AggregateException',
      line: 3,
    });
    expect((await runCSharp(failing + 'var x = t.GetAwaiter().GetResult();')).exception).toMatchObject({
      type: 'InvalidOperationException',
      line: 1,
    });
  });

  it('catch (T ex) when (filter) picks the clause; others rethrow', async () => {
    const source = [
      'try { throw new ArgumentNullException("id"); }',
      'catch (InvalidOperationException) { Console.WriteLine("ioe"); }',
      'catch (ArgumentException ex) when (ex.Message == "nope") { Console.WriteLine("filtered"); }',
      'catch (ArgumentException ex) { Console.WriteLine($"arg {ex.Message}"); }',
      'try { try { throw new TimeoutException(); } catch (InvalidOperationException) { } } catch (Exception e) { Console.WriteLine(e.GetType().Name); }',
    ].join('\n');
    const run = await runCSharp(source.replace('e.GetType().Name', '"outer"'));
    expect(run.console).toEqual(['arg id', 'outer']);
  });

  it('records, classes with primary constructors and properties, and lists', async () => {
    const source = [
      'var svc = new Report(db) { Title = "Orders" };',
      'var rows = await svc.Rows(7);',
      'Console.WriteLine($"{svc.Title}: {rows.Count} {rows[0]}");',
      'var list = new List<int> { 3, 1, 2 };',
      'list.Add(5);',
      'Console.WriteLine($"{list.Count} {list.Sum()} {string.Join(",", list.OrderBy(x => x))} {list.Where(x => x > 1).Count()}");',
      'public record Row(int Id, double Total);',
      'public class Report(AppDb db)',
      '{',
      '    public string Title { get; set; } = "";',
      '    public async Task<List<Row>> Rows(int customerId)',
      '    {',
      '        var orders = await db.Orders.Where(o => o.CustomerId == customerId).OrderBy(o => o.Id).ToListAsync();',
      '        return orders.Select(o => new Row(o.Id, o.Total)).ToList();',
      '    }',
      '}',
    ].join('\n');
    const out = await consoleOf(source);
    expect(out[0]).toMatch(/^Orders: \d+ Row \{ Id = \d+, Total = [\d.]+ \}$/);
    expect(out[1]).toBe('4 11 1,2,3,5 3');
  });

  it('prints like C#: True/False, null as empty, F2 and N0 formats', async () => {
    expect(
      await consoleOf(
        'string s = null;\nConsole.WriteLine($"{true} [{s}] {1234.5:F2} {1234.5:N0}");\nConsole.WriteLine(false);',
      ),
    ).toEqual(['True [] 1234.50 1,235', 'False']);
  });

  it('Parallel.ForEachAsync with ParallelOptions, await foreach, using var and switch', async () => {
    const source = [
      'var seen = new List<int>();',
      'await Parallel.ForEachAsync(new[] { 1, 2, 3 }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (id, ct) => {',
      '  await using var ctx = await factory.CreateDbContextAsync();',
      '  var o = await ctx.Orders.FindAsync(id);',
      '  seen.Add(o.Id);',
      '});',
      'var n = 0;',
      'await foreach (var t in db.Tickets.OrderBy(t => t.Id).Take(2).AsAsyncEnumerable()) { n++; }',
      'switch (n) { case 2: Console.WriteLine($"two, {seen.Count} seen"); break; default: Console.WriteLine("other"); break; }',
    ].join('\n');
    expect(await consoleOf(source)).toEqual(['two, 3 seen']);
  });

  it('tuples: literals, names from the return type, Item1, deconstruction, ToString', async () => {
    const source = [
      'var (c, o) = await Counts();',
      'var r = await Counts();',
      'var t = (a: 1, b: "x");',
      'Console.WriteLine($"{c == r.customers} {o == r.Item2} {t} {t.a}");',
      'async Task<(int customers, int orders)> Counts()',
      '{',
      '    var customers = await db.Customers.CountAsync();',
      '    return (customers, await db.Orders.CountAsync());',
      '}',
    ].join('\n');
    expect(await consoleOf(source)).toEqual(['True True (1, x) 1']);
  });

  it("a class method named like a query operator gets real lambdas (the article's CountAsync<T>(Func<…>))", async () => {
    const source = [
      'var r = new Report(factory);',
      'Console.WriteLine(await r.Total());',
      'public class Report(IDbContextFactory<AppDb> factory)',
      '{',
      '    public async Task<int> Total() => await CountAsync(db => db.Customers) + await CountAsync(db => db.Orders);',
      '    private async Task<int> CountAsync<T>(Func<AppDb, IQueryable<T>> set)',
      '    {',
      '        await using var db = await factory.CreateDbContextAsync();',
      '        return await set(db).CountAsync();',
      '    }',
      '}',
    ].join('\n');
    expect(await consoleOf(source)).toEqual(['250']);
  });

  it('Task.WhenAny gives the task that finished first', async () => {
    const source =
      'var slow = Task.Delay(50);\nvar fast = Task.Delay(10);\nvar first = await Task.WhenAny(slow, fast);\nConsole.WriteLine(first == fast ? "fast" : "slow");';
    expect(await consoleOf(source)).toEqual(['fast']);
  });

  it('a fire-and-forget discard on the request context is reported, with its line', async () => {
    const run = await runCSharp(
      'await db.Orders.CountAsync();\n_ = Task.Run(async () => {\n  await Task.Delay(10);\n  await db.Orders.CountAsync();\n});',
    );
    expect(
      [...run.unobserved, ...(run.exception ? [run.exception] : [])].map((e) => [e.type, e.line]),
    ).toContainEqual(['ObjectDisposedException', 4]);
  });
});
