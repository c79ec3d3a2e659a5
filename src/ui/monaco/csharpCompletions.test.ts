import { describe, expect, it } from 'vitest';
import { modelSurface } from '../../runner/apiSurface.ts';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLessonsFromDisk } from '../../lessons/loadFromDisk.ts';
import { completionsAt, hoverFor, unknownMembers } from './csharpCompletions.ts';

const LESSONS_DIR = fileURLToPath(new URL('../../../lessons', import.meta.url));

const model = modelSurface(undefined);
const labels = (text: string, before = text.split('\n').at(-1)!) =>
  completionsAt(text, before, model).map((i) => i.label);

describe('C# completions', () => {
  it('offers the DbSets and the context’s members after a context', () => {
    expect(labels('db.')).toEqual(
      expect.arrayContaining(['Customers', 'Orders', 'SaveChangesAsync', 'Entry']),
    );
    expect(labels('await using var ctx2 = await factory.CreateDbContextAsync();\nctx2.')).toContain('Orders');
    expect(labels('var d = scope.ServiceProvider.GetRequiredService<AppDb>().')).toContain('Customers');
    expect(labels('var x = other.')).toEqual([]);
  });

  it('offers the query operators after a DbSet, and an entity’s properties in its lambda', () => {
    expect(labels('var o = await db.Orders.')).toEqual(
      expect.arrayContaining(['FirstAsync', 'Where', 'AsNoTracking', 'FindAsync']),
    );
    expect(labels('var o = await db.Orders.Where(o => o.')).toEqual(
      expect.arrayContaining(['Id', 'CustomerId']),
    );
    expect(labels('var c = await db.Customers.FirstAsync(c => c.')).toContain('Name');
  });

  it('offers Task, Parallel, the factory, scopes, the provider and EntityState', () => {
    expect(labels('await Task.')).toEqual(expect.arrayContaining(['WhenAll', 'WhenAny', 'Run', 'Delay']));
    expect(labels('await Parallel.')).toEqual(['ForEachAsync']);
    expect(labels('await using var db = await factory.')).toEqual([
      'CreateDbContextAsync',
      'CreateDbContext',
    ]);
    expect(labels('await using var scope = scopes.')).toEqual(['CreateAsyncScope', 'CreateScope']);
    expect(labels('var db = scope.ServiceProvider.')).toEqual(['GetRequiredService']);
    expect(completionsAt('', 'x.ServiceProvider.', model)[0].insertText).toBe('GetRequiredService<AppDb>()');
    expect(labels('db.Entry(o).State = EntityState.')).toContain('Modified');
  });

  it('explains the API’s words on hover', () => {
    expect(hoverFor('Orders', model)?.detail).toBe('DbSet<Order> AppDb.Orders');
    expect(hoverFor('WhenAll', model)?.documentation).toMatch(/concurrently/);
    expect(hoverFor('banana', model)).toBeNull();
  });
});

describe('unknown members as you type', () => {
  it('marks a context member, a Task member and an entity property that do not exist, on their columns', () => {
    const found = unknownMembers(
      'var o = await db.Orderz.ToListAsync();\nawait Task.WhenAl(a);\nvar c = await db.Customers.FirstAsync(c => c.Nme == "x");',
      model,
    );
    expect(found.map((f) => [f.line, f.column, f.endColumn])).toEqual([
      [1, 18, 24],
      [2, 12, 18],
      [3, 46, 49],
    ]);
    expect(found[0].message).toMatch(/AppDb has no member 'Orderz'/);
    expect(found[2].message).toMatch(/Customer has no property 'Nme'/);
  });

  it('reads no comment or string, and finds nothing in any lesson’s C#', () => {
    expect(unknownMembers('// db.Orderz\nConsole.WriteLine("db.Orderz");', model)).toEqual([]);
    const found = loadLessonsFromDisk(fs, LESSONS_DIR).flatMap((l) =>
      Object.entries(l.csharp).flatMap(([stem, cs]) =>
        unknownMembers(cs, modelSurface(l)).map((f) => `${l.id}/${stem}.cs:${f.line} ${f.message}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
