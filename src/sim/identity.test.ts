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
    expect(run.exception).toMatchObject({
      type: 'InvalidOperationException',
      message: identityConflict('Customer', "{'Id'}"),
      line: 3,
    });
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
    expect(update.text).toBe('UPDATE "Customers" SET "Name" = @p0\nWHERE "Id" = @p1\nRETURNING 1;\n');
  });

  it('AsNoTracking then Update writes every column', async () => {
    const run = await runCode(`
      const loaded = await db.Customers.AsNoTracking().FirstAsync((c) => c.Id == 4);
      db.Update(new Customer({ Id: 4, Name: 'Renamed', Email: loaded.Email }));
      await db.SaveChangesAsync();
    `);
    expect(run.outcome).toBe('ok');
    const update = run.sql.find((s) => s.text.startsWith('UPDATE'))!;
    expect(update.text).toMatch(
      /^UPDATE "Customers" SET "Email" = @p0, "Name" = @p1\nWHERE "Id" = @p2\nRETURNING 1;\n$|^UPDATE "Customers" SET "Name" = @p0, "Email" = @p1\nWHERE "Id" = @p2\nRETURNING 1;\n$/,
    );
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
      console.log(entry.Id, db.ChangeTracker.DebugView.ShortView.trimEnd());
      await db.SaveChangesAsync();
      console.log(entry.Id, db.Entry(entry).State);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.console).toEqual(['0 AuditEntry {Id: -2147482647} Added', '1 Unchanged']);
    expect(run.sql[0].text).toMatch(
      /^INSERT INTO "AuditLog" \("At", "Message"\)\nVALUES \(@p0, @p1\)\nRETURNING "Id";\n$/,
    );
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
    expect(run.exception?.message).toMatch(
      /^The LINQ expression 'DbSet<Order>\(\)\n {4}\.Where\(o => isBig\(o\.Total\)\)' could not be translated\./,
    );
    expect(run.exception?.line).toBe(2);
  });

  // Findings of the EF Core fidelity review, each checked against dotnet/efcore.
  it('changing a tracked key throws KeyReadOnly at SaveChanges (ChangeDetector)', async () => {
    const run = await runCode(`
      const c = (await db.Customers.FindAsync(7))!;
      c.Id = 8;
      await db.SaveChangesAsync();
    `);
    expect(run.exception).toMatchObject({ type: 'InvalidOperationException', line: 3 });
    expect(run.exception?.message).toMatch(/^The property 'Customer\.Id' is part of a key/);
    expect(run.sql.filter((s) => s.text.startsWith('UPDATE'))).toEqual([]);
  });

  it('Remove of a second instance with a tracked key conflicts (it attaches first)', async () => {
    const run = await runCode(`
      await db.Customers.FindAsync(7);
      db.Remove(new Customer({ Id: 7, Name: 'x', Email: 'x' }));
    `);
    expect(run.exception?.message).toBe(identityConflict('Customer', "{'Id'}"));
  });

  it('Attach of a tracked Modified instance keeps its values (accepts them as original)', async () => {
    const run = await runCode(`
      const c = (await db.Customers.FindAsync(7))!;
      c.Name = 'Edited';
      db.ChangeTracker.DetectChanges();
      db.Attach(c);
      console.log(c.Name, db.Entry(c).State);
    `);
    expect(run.console).toEqual(['Edited Unchanged']);
  });

  it('an Added entity with a temporary key cannot be marked Modified (TempValuePersists)', async () => {
    const run = await runCode(`
      const e = new AuditEntry({ Message: 'm', At: '2026-01-01 00:00:00' });
      db.Add(e);
      console.log(db.Entry(e).State);
      db.Update(e);
    `);
    // Update() of a tracked Added entry moves it to Modified like State = Modified: EF Core throws.
    expect(run.console).toEqual(['Added']);
    expect(run.exception?.message).toBe(
      "The property 'AuditEntry.Id' has a temporary value while attempting to change the entity's state to 'Modified'. Either set a permanent value explicitly, or ensure that the database is configured to generate values for this property.",
    );
  });

  it('SetValues on an untracked instance copies values without tracking it', async () => {
    const run = await runCode(`
      const c = new Customer({ Id: 3, Name: 'a', Email: 'b' });
      db.Entry(c).CurrentValues.SetValues({ Name: 'copied' });
      console.log(c.Name, db.Entry(c).State, db.ChangeTracker.Entries().length);
    `);
    expect(run.console).toEqual(['copied Detached 0']);
  });

  it('delete then add of the same key saves one UPDATE', async () => {
    const run = await runCode(`
      const old = (await db.Customers.FindAsync(7))!;
      db.Remove(old);
      db.Add(new Customer({ Id: 7, Name: 'Replaced', Email: 'r@example.com' }));
      console.log(await db.SaveChangesAsync());
    `);
    expect(run.outcome).toBe('ok');
    const writes = run.sql.slice(1).map((s) => s.text.split(' ')[0]);
    expect(writes).toEqual(['UPDATE']);
  });

  it('commands are ordered by table, then Deleted/Modified/Added, then key', async () => {
    const run = await runCode(`
      const c9 = (await db.Customers.FindAsync(9))!;
      const c3 = (await db.Customers.FindAsync(3))!;
      const inv = (await db.Invoices.FindAsync(1))!;
      c9.Name = 'nine';
      c3.Name = 'three';
      db.Remove(inv);
      db.Add(new AuditEntry({ Message: 'm', At: '2026-01-01 00:00:00' }));
      await db.SaveChangesAsync();
    `);
    const writes = run.sql.slice(3).map((s) => s.text.split('\n')[0]);
    expect(writes).toEqual([
      'INSERT INTO "AuditLog" ("At", "Message")',
      // Each command is its own batch on SQLite: parameters restart at @p0 (real EF Core 10).
      'UPDATE "Customers" SET "Name" = @p0',
      'UPDATE "Customers" SET "Name" = @p0',
      'DELETE FROM "Invoices"',
    ]);
    expect(run.sql[4].parameters).toContain("@p1='?' (DbType = Int32)");
  });

  it('a store error during SaveChanges is a DbUpdateException with the SqliteException inside', async () => {
    const run = await runCode(`
      await using other = factory.CreateDbContext();
      other.Add(new Customer({ Id: 7, Name: 'dup', Email: 'd' }));
      await other.SaveChangesAsync();
    `);
    expect(run.exception).toMatchObject({ type: 'DbUpdateException', line: 3 });
    expect(run.exception?.message).toBe(
      'An error occurred while saving the entity changes. See the inner exception for details.',
    );
    expect(run.exception?.stack).toContain(
      " ---> Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 19: 'UNIQUE constraint failed: Customers.Id'.",
    );
  });

  it('an explicit negative key is inserted as given', async () => {
    const run = await runCode(`
      db.Add(new AuditEntry({ Id: -5, Message: 'm', At: '2026-01-01 00:00:00' }));
      await db.SaveChangesAsync();
    `);
    expect(run.sql[0].text).toBe('INSERT INTO "AuditLog" ("Id", "At", "Message")\nVALUES (@p0, @p1, @p2);\n');
  });

  it('DebugView LongView: key first, then alphabetical; Originally only when it differs', async () => {
    const run = await runCode(`
      const t = (await db.Tickets.FindAsync(2))!;
      db.Update(t);
      t.Subject = 'Changed';
      db.ChangeTracker.DetectChanges();
      console.log(db.ChangeTracker.DebugView.LongView);
    `);
    const view = run.console[0];
    expect(view.split('\n').slice(0, 5)).toEqual([
      'Ticket {Id: 2} Modified',
      // EF Core 10 indents property lines by four spaces (scenario s-debug-view).
      '    Id: 2 PK',
      expect.stringMatching(/^ {4}CustomerId: \d+ Modified$/),
      expect.stringMatching(/^ {4}IsOpen: '(True|False)' Modified$/),
      expect.stringMatching(/^ {4}Subject: 'Changed' Modified Originally '.+'$/),
    ]);
    expect(view.endsWith('\n')).toBe(true);
  });
});
