import { describe, expect, it } from 'vitest';
import { modelSurface } from '../../runner/apiSurface.ts';
import { completionsAt, hoverFor } from './csharpCompletions.ts';

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
