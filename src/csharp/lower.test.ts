/** The lowering, construct by construct: the TypeScript it writes, on the C# line. */
import { describe, expect, it } from 'vitest';
import { lower } from './testSupport/runCSharp.ts';

async function ts(source: string): Promise<string> {
  const result = await lower(source);
  expect(result.diagnostics).toEqual([]);
  return result.code;
}

const CASES: [string, string, string][] = [
  ['var local', 'var x = 1;', 'let x = 1;'],
  ['typed locals', 'int a = 1, b;', 'let a = 1, b;'],
  ['using var', 'using var s = scopes.CreateScope();', 'using s = scopes.CreateScope();'],
  [
    'await using var',
    'await using var ctx = await factory.CreateDbContextAsync();',
    'await using ctx = await factory.CreateDbContextAsync();',
  ],
  [
    'await foreach',
    'await foreach (var t in db.Tickets.AsAsyncEnumerable()) { }',
    'for await (const t of db.Tickets.AsAsyncEnumerable()) {}',
  ],
  ['foreach', 'var xs = new[] { 1 }; foreach (var x in xs) { }', 'for (const x of xs) {}'],
  [
    'a collection initializer inside an object initializer',
    'var c = new Customer { Id = 2, Orders = { new Order { Id = 4 } } };',
    'new Customer({ Id: 2, Orders: [new Order({ Id: 4 })] })',
  ],
  [
    'LINQ lambda stays a lambda',
    'var id = 3; var c = await db.Customers.FirstAsync(c => c.Id == id);',
    'await db.Customers.FirstAsync((c) => c.Id == id)',
  ],
  [
    'object initializer on an entity',
    'var c = new Customer { Id = 1, Name = "x" };',
    'new Customer({ Id: 1, Name: "x" })',
  ],
  ['anonymous object', 'var d = new { Id = 7, Name = "G" };', '{ Id: 7, Name: "G" }'],
  ['collection initializer', 'var l = new List<int> { 1, 2 };', 'let l = [1, 2];'],
  ['implicit array', 'var a = new[] { 1, 2 };', 'let a = [1, 2];'],
  ['interpolation', 'var n = 2; var s = $"n = {n}";', 'let s = `n = ${n}`;'],
  [
    'interpolation of a maybe-null value',
    'var c = db.Customers.Find(1); var s = $"{c?.Name}";',
    '`${__cs.str(c?.Name)}`',
  ],
  ['interpolation format', 'var t = 1.5; var s = $"{t:F2}";', '`${__cs.fmt(t, "F2")}`'],
  ['Console.WriteLine', 'Console.WriteLine("hi");', 'console.log("hi");'],
  ['List.Count', 'var l = new List<int>(); var n = l.Count;', 'let n = __cs.nn(l).length;'],
  ['array Length', 'var a = new[] { 1 }; var n = a.Length;', 'let n = __cs.nn(a).length;'],
  ['discard', 'var t = db.SaveChangesAsync(); _ = t;', 'void (t);'],
  [
    'GetRequiredService<T>',
    'var c = scopes.CreateScope().ServiceProvider.GetRequiredService<AppDb>();',
    '.GetRequiredService(AppDb)',
  ],
  [
    'AddDbContext<T>(lifetime)',
    'app.Services.AddDbContext<AppDb>(ServiceLifetime.Singleton);',
    'app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);',
  ],
  [
    'DbContextOptionsBuilder<T>',
    'var o = new DbContextOptionsBuilder<AppDb>();',
    'new DbContextOptionsBuilder()',
  ],
  ['is null', 'var c = db.Customers.Find(1); var b = c is null;', 'let b = c == null;'],
  ['is not null', 'var c = db.Customers.Find(1); var b = c is not null;', 'let b = c != null;'],
  ['?. and ??', 'var c = db.Customers.Find(1); var n = c?.Name ?? "none";', 'let n = c?.Name ?? "none";'],
  ['null-forgiving !', 'var c = db.Customers.Find(1); var n = c!.Name;', 'let n = __cs.nn(c).Name;'],
  ['integer division', 'var a = 7; var b = a / 2;', 'let b = __cs.idiv(a, 2);'],
  ['integer remainder', 'var a = 7; var b = a % 2;', 'let b = __cs.irem(a, 2);'],
  ['double division stays', 'var a = 7.0; var b = a / 2;', 'let b = a / 2;'],
  [
    '.Result in an async flow holds it (never a plain await)',
    'var t = db.Orders.CountAsync(); var n = t.Result;',
    "let n = __cs.unblock(await __cs.blocked(t), 'result');",
  ],
  [
    '.Wait() in an async flow',
    'var t = db.SaveChangesAsync(); t.Wait();',
    "__cs.unblock(await __cs.blocked(t), 'wait');",
  ],
  [
    'GetAwaiter().GetResult() in an async flow',
    'var t = db.SaveChangesAsync(); var n = t.GetAwaiter().GetResult();',
    "let n = __cs.unblock(await __cs.blocked(t), 'getResult');",
  ],
  [
    'a blocking wait in a synchronous method reads a completed task only',
    'int N(Task<int> t) => t.Result;',
    'function N(t) { return __cs.result(t); }',
  ],
  [
    'string methods inside an expression tree',
    'var ids = new[] { 1 }; var n = await db.Customers.CountAsync(c => c.Name.StartsWith("A") && ids.Contains(c.Id));',
    'let n = await db.Customers.CountAsync((c) => c.Name.startsWith("A") && ids.includes(c.Id));',
  ],
  [
    'a collection navigation of an entity is a list',
    'var c = await db.Customers.FirstAsync(); c.Orders.Add(new Order { Total = 1 });',
    '__cs.seq(__cs.nn(c).Orders).add(new Order({ Total: 1 }));',
  ],
  ['ChangeTracker.Clear() is not LINQ', 'db.ChangeTracker.Clear();', 'db.ChangeTracker.Clear();'],
  ['a local function named before its declaration', 'var f = Run; void Run() { }', 'let f = Run;'],
  [
    'foreach deconstruction',
    'var pairs = new[] { (1, 2) }; foreach (var (a, b) in pairs) { }',
    'for (const [a, b] of pairs) {',
  ],
  ['an array by size', 'var a = new int[3];', 'let a = Array.from({ length: 3 }, () => 0);'],
  [
    'a product in an argument',
    'int page = 1, size = 2; var p = db.Orders.Skip(page * size);',
    'db.Orders.Skip(page * size)',
  ],
  [
    'a declaration pattern',
    'object e = null; var id = e is Order o ? o.Id : 0;',
    'let o; let id = __cs.is((o = e), Order) ? __cs.nn(o).Id : 0;',
  ],
  [
    'Regex.Replace',
    'var t = "a-1"; var s = System.Text.RegularExpressions.Regex.Replace(t, "-[0-9]+", "<temp>");',
    'let s = __cs.nn(t).replace(new RegExp("-[0-9]+", \'g\'), "<temp>");',
  ],
  [
    'Task.WhenAny',
    'var a = Task.Delay(1); var f = await Task.WhenAny(a, Task.Delay(2)); var w = f == a;',
    'let w = __cs.same(f, a);',
  ],
  [
    'Parallel.ForEachAsync with options',
    'await Parallel.ForEachAsync(new[] { 1 }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (x, ct) => { });',
    'await Parallel.ForEachAsync([1], { MaxDegreeOfParallelism: 2 }, async (x, ct) => {});',
  ],
  [
    'Entries<T>()',
    'var e = db.ChangeTracker.Entries<Customer>();',
    '__cs.entriesOf(db.ChangeTracker.Entries(), Customer)',
  ],
  ['Entry(e).State', 'var c = new Customer(); var s = db.Entry(c).State;', 'db.Entry(c).State'],
  [
    'LINQ to objects on a list',
    'var l = await db.Orders.ToListAsync(); var s = l.Sum(o => o.Total);',
    '__cs.seq(l).sum((o) => __cs.nn(o).Total)',
  ],
  ['string methods', 'var s = "ab"; var b = s.Contains("a");', 'let b = __cs.nn(s).includes("a");'],
  ['string.Join', 'var s = string.Join(", ", new[] { 1, 2 });', '__cs.join(", ", [1, 2])'],
  ['local function', 'static async Task<int> F(int a) => a;', 'async function F(a) { return a; }'],
  ['new DateTime', 'var d = new DateTime(2026, 3, 1, 8, 0, 0);', '__cs.dateTime(2026, 3, 1, 8, 0, 0)'],
  ['throw new Exception', 'throw new Exception("x");', 'throw __cs.exception("Exception", "x");'],
  [
    'simulator exception',
    'throw new InvalidOperationException("x");',
    'throw new InvalidOperationException("x");',
  ],
  ['cast to int truncates', 'var d = 2.7; var i = (int)d;', 'let i = Math.trunc(d);'],
  ['nameof', 'var x = 1; var s = nameof(x);', 'let s = "x";'],
  [
    'switch',
    'var x = 1; switch (x) { case 1: break; default: break; }',
    'switch (x) { case 1: break; default: break;}',
  ],
];

describe('lowering', () => {
  for (const [name, source, expected] of CASES) {
    it(name, async () => {
      expect(await ts(source)).toContain(expected);
    });
  }

  it('keeps every statement on its C# line', async () => {
    const source = ['var a = 1;', '', '// comment', 'var b = a', '  + 2;', 'Console.WriteLine(b);'].join(
      '\n',
    );
    const lines = (await ts(source)).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('let a = 1;');
    expect(lines[3]).toMatch(/^let b = a/);
    expect(lines[4]).toMatch(/2;$/);
    expect(lines[5]).toBe('console.log(__cs.str(b));');
  });

  it('catch (T ex) when (filter) becomes one catch with a chain, clause by clause', async () => {
    const code = await ts(
      [
        'try { await db.SaveChangesAsync(); }',
        'catch (DbUpdateException ex) when (ex.Message != null) { Console.WriteLine(ex.Message); }',
        'catch (Exception) { throw; }',
      ].join('\n'),
    );
    const lines = code.split('\n');
    expect(lines[1]).toContain(
      'catch ($e1) { if (__cs.is($e1, DbUpdateException) && ((ex) => (ex.message != null))($e1)) { const ex = $e1;',
    );
    expect(lines[2]).toContain('else if (true)');
    expect(lines[2]).toContain('throw $e1;');
  });

  it('classes and records become hoisted, lazily built classes; primary-constructor parameters are members', async () => {
    const code = await ts(
      [
        'var s = new Svc(db);',
        'public record Dto(int A);',
        'public class Svc(AppDb db)',
        '{',
        '    public int P { get; set; } = 3;',
        '    public Task<int> Count() => db.Orders.CountAsync();',
        '}',
      ].join('\n'),
    );
    const lines = code.split('\n');
    expect(lines[0]).toBe('let s = new (Svc$())(db);');
    expect(lines[1]).toContain(
      'function Dto$() { return Dto$.c ??= class Dto extends __cs.Record { constructor(A) { super({ A }); }',
    );
    expect(lines[2]).toContain('class Svc extends __cs.Obj { constructor(db) { super({ db }); }');
    expect(lines[4]).toContain('P = 3;');
    expect(lines[5]).toContain('Count() { return this.db.Orders.CountAsync(); }');
    expect(lines[6]).toContain('}; }');
  });

  it('guards member reads on a value that may be null (NullReferenceException), not inside expression trees', async () => {
    const code = await ts(
      'var o = await db.Orders.FirstOrDefaultAsync(x => x.Id == 1);\nvar n = await db.Orders.CountAsync(x => x.CustomerId == o.CustomerId);\nvar s = o.Status;',
    );
    expect(code.split('\n')[1]).toContain('x.CustomerId == o.CustomerId');
    expect(code.split('\n')[2]).toBe('let s = __cs.nn(o).Status;');
  });
});
