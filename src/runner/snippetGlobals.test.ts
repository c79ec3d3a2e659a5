import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const libDir = dirname(require.resolve('typescript/lib/lib.es2022.d.ts'));
const dts = readFileSync(join(import.meta.dirname, 'snippet-globals.d.ts'), 'utf8');

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  lib: ['lib.es2022.d.ts', 'lib.esnext.disposable.d.ts'],
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  noEmit: true,
  types: [],
};

const libCache = new Map<string, ts.SourceFile>();

/** Type errors of `snippet` checked against the snippet globals, as "line: message". */
function typeErrors(snippet: string): string[] {
  const files = new Map([
    ['/snippet-globals.d.ts', dts],
    ['/snippet.ts', snippet],
  ]);
  const host = ts.createCompilerHost(options);
  const read = (name: string) => files.get(name) ?? ts.sys.readFile(name);
  host.getDefaultLibLocation = () => libDir;
  host.getDefaultLibFileName = () => join(libDir, 'lib.es2022.d.ts');
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.readFile = read;
  host.getSourceFile = (name, languageVersion) => {
    if (!files.has(name) && libCache.has(name)) return libCache.get(name);
    const text = read(name);
    const file = text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion);
    if (file && !files.has(name)) libCache.set(name, file);
    return file;
  };
  const program = ts.createProgram(['/snippet-globals.d.ts', '/snippet.ts'], options, host);
  const diagnostics = [
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ];
  return diagnostics.map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${d.file?.fileName ?? ''}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('snippet-globals.d.ts', () => {
  it('accepts the starter-style snippet (top-level await, lambdas, Task.WhenAll)', () => {
    const errors = typeErrors(`
const customerId = 7;
const ordersTask = db.Orders.Where(o => o.CustomerId == customerId).OrderByDescending(o => o.Total).ToListAsync();
const invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const [orders, invoices] = await Task.WhenAll(ordersTask, invoicesTask);
const total: number = orders.reduce((s, o) => s + o.Total, 0) + invoices.length;
console.log(total);
`);
    expect(errors).toEqual([]);
  });

  it('accepts factories, await using, scopes, tracking and Parallel.ForEachAsync', () => {
    const errors = typeErrors(`
await using ctx = await factory.CreateDbContextAsync();
const c = await ctx.Customers.FindAsync(3);
if (c) { c.Name = 'Renamed'; console.log(ctx.Entry(c).State === EntityState.Modified); }
ctx.AuditLog.Add(new AuditEntry({ Message: 'hi', At: '2025-01-01 00:00:00' }));
await ctx.SaveChangesAsync();
await using scope = scopes.CreateAsyncScope();
const scoped = scope.ServiceProvider.GetRequiredService(AppDb);
for await (const t of scoped.Tickets.Where(t => t.IsOpen).AsAsyncEnumerable()) console.log(t.Subject);
await Parallel.ForEachAsync([1, 2, 3], { MaxDegreeOfParallelism: 2 }, async (id) => {
  using own = factory.CreateDbContext();
  await own.Orders.CountAsync(o => o.CustomerId == id);
});
const manual = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().EnableThreadSafetyChecks(false).Options);
manual.ChangeTracker.Entries().forEach((e) => console.log(e.State));
try { await Task.Run(async () => { await Task.Delay(10); }); } catch (e) { if (e instanceof InvalidOperationException) console.log(e.message); }
await db.Database.ExecuteSqlRawAsync('UPDATE "Users" SET "Name" = {0} WHERE "Id" = {1}', 'x', 1);
`);
    expect(errors).toEqual([]);
  });

  it('accepts navigations and Include', () => {
    const errors = typeErrors(`
const c = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
const n: number = c.Orders.length;
const o = await db.Orders.AsNoTracking().Include(o => o.Customer).FirstAsync();
console.log(n, o.Customer?.Name);
db.Update(new Customer({ Id: 2, Orders: [new Order({ Id: 4, CustomerId: 2 })] }));
`);
    expect(errors).toEqual([]);
  });

  it('reports a misspelt query operator', () => {
    const errors = typeErrors('const rows = await db.Orders.Whre(o => o.Id == 1).ToListAsync();');
    expect(errors[0]).toMatch(/^\/snippet\.ts:1: Property 'Whre' does not exist on type 'DbSet<Order>'/);
    // …and nothing else but the follow-up (the lambda's parameter has no contextual type any more).
    expect(errors.slice(1).every((e) => /implicitly has an 'any' type/.test(e))).toBe(true);
  });

  it('reports a wrong entity property and host APIs a snippet does not have', () => {
    const errors = typeErrors(
      'await db.Customers.Where(c => c.Nmae == "x").ToListAsync();\nconst r = await fetch("/x");',
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/:1: Property 'Nmae' does not exist/);
    expect(errors[1]).toMatch(/:2: Cannot find name 'fetch'/);
  });
});
