// Identity map and change tracking (EFCORE.md §3, Decision 6): which calls conflict, what the
// messages say, and which SQL each fix produces.
import { describe, expect, it } from 'vitest';
import { identityConflict, identityConflictSensitive } from './messages.ts';
import { runCode } from './testing/runCode.ts';

describe('identity map', () => {
  it('Update of a second instance with a tracked key throws IdentityConflict at that line', async () => {
    const run = await runCode(`
      const loaded = await db.Customers.FirstAsync((c) => c.Id == 1);
      const incoming = new Customer({ Id: 1, Name: 'New name', Email: 'new@example.com' });
      db.Customers.Update(incoming);
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception).toMatchObject({ type: 'InvalidOperationException', message: identityConflict('Customer', "{'Id'}"), line: 3 });
    const conflict = run.trace.find((e) => e.type === 'identity-conflict');
    expect(conflict).toMatchObject({ entity: 'Customer', key: '{Id: 1}', line: 3 });
    expect(run.exception!.stack).toContain('IdentityMap`1.ThrowIdentityConflict');
  });

  it('with EnableSensitiveDataLogging the message names the key value', async () => {
    const run = await runCode(`
      await using ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
      await ctx.Customers.FindAsync(5);
      ctx.Attach(new Customer({ Id: 5, Name: 'x', Email: 'x' }));
    `);
    expect(run.exception?.message).toBe(identityConflictSensitive('Customer', '{Id: 5}'));
    expect(run.sql[0].parameters).toBe("@p='5'");
  });

  it('re-attaching or updating the same instance never throws', async () => {
    const run = await runCode(`
      const c = await db.Customers.FindAsync(2);
      db.Update(c);
      db.Attach(c);
      db.Update(c);
      console.log(db.Entry(c).State);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['Modified']);
  });

  it('tracking queries return the tracked instance with its in-memory values', async () => {
    const run = await runCode(`
      const a = await db.Customers.FirstAsync((c) => c.Id == 3);
      a.Name = 'Changed in memory';
      const b = await db.Customers.FirstAsync((c) => c.Id == 3);
      const n = await db.Customers.AsNoTracking().FirstAsync((c) => c.Id == 3);
      console.log(a === b, b.Name, n === a, n.Name);
    `);
    expect(run.console).toEqual(['true Changed in memory false Customer 3']);
  });

  it('SetValues marks only the changed columns, and the UPDATE sets only those', async () => {
    const run = await runCode(`
      const loaded = await db.Customers.FindAsync(4);
      const incoming = new Customer({ Id: 4, Name: 'Renamed', Email: loaded!.Email });
      db.Entry(loaded!).CurrentValues.SetValues(incoming);
      await db.SaveChangesAsync();
    `);
    expect(run.outcome).toBe('ok');
    const update = run.sql.find((s) => s.text.startsWith('UPDATE'))!;
    expect(update.text).toBe('UPDATE "Customers" SET "Name" = @p0\nWHERE "Id" = @p1\nRETURNING 1;');
  });

  it('AsNoTracking then Update writes every column', async () => {
    const run = await runCode(`
      const loaded = await db.Customers.AsNoTracking().FirstAsync((c) => c.Id == 4);
      db.Update(new Customer({ Id: 4, Name: 'Renamed', Email: loaded.Email }));
      await db.SaveChangesAsync();
    `);
    expect(run.outcome).toBe('ok');
    const update = run.sql.find((s) => s.text.startsWith('UPDATE'))!;
    expect(update.text).toMatch(/^UPDATE "Customers" SET "Email" = @p0, "Name" = @p1\nWHERE "Id" = @p2\nRETURNING 1;$|^UPDATE "Customers" SET "Name" = @p0, "Email" = @p1\nWHERE "Id" = @p2\nRETURNING 1;$/);
  });

  it('detaching the loaded instance lets the new one be tracked', async () => {
    const run = await runCode(`
      const loaded = await db.Customers.FindAsync(4);
      db.Entry(loaded!).State = EntityState.Detached;
      db.Update(new Customer({ Id: 4, Name: 'Renamed', Email: 'e' }));
      console.log(await db.SaveChangesAsync());
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['1']);
  });

  it('Add with a store-generated key inserts with RETURNING and writes the key back', async () => {
    const run = await runCode(`
      const entry = new AuditEntry({ Message: 'hello', At: '2026-01-01 00:00:00' });
      db.AuditLog.Add(entry);
      console.log(entry.Id, db.ChangeTracker.DebugView.ShortView);
      await db.SaveChangesAsync();
      console.log(entry.Id, db.Entry(entry).State);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['0 AuditEntry {Id: -2147482647} Added', '1 Unchanged']);
    expect(run.sql[0].text).toMatch(/^INSERT INTO "AuditLog" \("At", "Message"\)\nVALUES \(@p0, @p1\)\nRETURNING "Id";$/);
  });

  it('after SaveChanges the entity keeps its saved values; State = Unchanged by hand reverts them', async () => {
    const run = await runCode(`
      const c = (await db.Customers.FindAsync(11))!;
      c.Name = 'Carol Smith';
      await db.SaveChangesAsync();
      console.log(c.Name, db.Entry(c).State);
      c.Name = 'Unsaved';
      db.Entry(c).State = EntityState.Unchanged;
      console.log(c.Name);
    `);
    expect(run.console).toEqual(['Carol Smith Unchanged', 'Carol Smith']);
  });

  it('a row deleted by another context makes SaveChanges fail with DbUpdateConcurrencyException', async () => {
    const run = await runCode(`
      const c = await db.Customers.FindAsync(9);
      await using other = factory.CreateDbContext();
      other.Customers.Remove((await other.Customers.FindAsync(9))!);
      await other.SaveChangesAsync();
      c!.Name = 'too late';
      await db.SaveChangesAsync();
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception).toMatchObject({ type: 'DbUpdateConcurrencyException', line: 6 });
    expect(run.exception?.message).toContain('expected to affect 1 row(s), but actually affected 0 row(s)');
  });

  it('two contexts updating the same row: the last save wins (no cross-context check)', async () => {
    const run = await runCode(`
      await using a = factory.CreateDbContext();
      await using b = factory.CreateDbContext();
      const [ca, cb] = await Task.WhenAll(a.Customers.FindAsync(10), b.Customers.FindAsync(10));
      ca!.Name = 'from A';
      cb!.Name = 'from B';
      await Task.WhenAll(a.SaveChangesAsync(), b.SaveChangesAsync());
      const fresh = await db.Customers.AsNoTracking().FirstAsync((c) => c.Id == 10);
      console.log(fresh.Name);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['from B']);
  });

  it('an untranslatable lambda fails like EF Core', async () => {
    const run = await runCode(`
      function isBig(total: number) { return total > 100; }
      await db.Orders.Where((o) => isBig(o.Total)).ToListAsync();
    `);
    expect(run.outcome).toBe('threw');
    expect(run.exception?.message).toMatch(/^The LINQ expression 'DbSet<Order>\(\)\n {4}\.Where\(o => isBig\(o\.Total\)\)' could not be translated\./);
    expect(run.exception?.line).toBe(2);
  });
});
