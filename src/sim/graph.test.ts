// Navigations, Include, fix-up and graph attach (issue 14). The exact SQL and states are checked
// against real EF Core by the conformance twins (q-include-*, s-fixup-*, s-graph-*); these tests
// pin the rules the simulator implements, so a regression shows here first.
import { describe, expect, it } from 'vitest';
import { identityConflict, identityConflictSensitive } from './messages.ts';
import { runCode } from './testing/runCode.ts';

describe('Include', () => {
  it('a collection is a LEFT JOIN ordered by the root key, pushed down under First', async () => {
    const run = await runCode(`
      const c = await db.Customers.Include((x) => x.Orders).FirstAsync((x) => x.Id == 2);
      console.log(c.Orders.map((o) => o.Id).sort().join(','), c.Orders[0].Customer === c);
    `);
    expect(run.outcome).toBe('ok');
    expect(run.sql[0].text).toBe(
      'SELECT "c0"."Id", "c0"."Email", "c0"."Name", "o"."Id", "o"."CustomerId", "o"."Status", "o"."Total"\n' +
        'FROM (\n    SELECT "c"."Id", "c"."Email", "c"."Name"\n    FROM "Customers" AS "c"\n' +
        '    WHERE "c"."Id" = 2\n    LIMIT 1\n) AS "c0"\n' +
        'LEFT JOIN "Orders" AS "o" ON "c0"."Id" = "o"."CustomerId"\nORDER BY "c0"."Id"',
    );
    expect(run.console).toEqual(['5,6,7,8 true']);
  });

  it('a required reference is an INNER JOIN; without tracking each row gets its own principal', async () => {
    const run = await runCode(`
      const orders = await db.Orders.AsNoTracking().Include((o) => o.Customer).Where((o) => o.Id <= 2).ToListAsync();
      console.log(orders[0].Customer.Id, orders[0].Customer === orders[1].Customer, orders[0].Customer.Orders.length);
    `);
    expect(run.sql[0].text).toContain('INNER JOIN "Customers" AS "c" ON "o"."CustomerId" = "c"."Id"');
    expect(run.console).toEqual(['1 false 1']);
  });

  it('Count ignores the Include; a property that is not a navigation is refused when the query runs', async () => {
    const run = await runCode(`
      console.log(await db.Customers.Include((c) => c.Orders).CountAsync());
      const query = db.Customers.Include((c) => c.Name);
      console.log('built');
      await query.ToListAsync();
    `);
    expect(run.sql[0].text).toBe('SELECT COUNT(*)\nFROM "Customers" AS "c"');
    // As in EF Core (conformance q-include-invalid): building the query is fine; compiling it
    // for ToListAsync throws, and the exception is that operation's.
    expect(run.console).toEqual(['50', 'built']);
    expect(run.exception?.message).toMatch(
      /^The expression 'c.Name' is invalid inside an 'Include' operation/,
    );
    const op = run.operations.find((o) => o.id === run.exception?.operation);
    expect(op?.name).toBe('ToListAsync');
  });
});

describe('fix-up', () => {
  it('orders loaded after their customer join its collection and point back at it', async () => {
    const run = await runCode(`
      const c = await db.Customers.FirstAsync((x) => x.Id == 3);
      await db.Orders.Where((o) => o.CustomerId == 3).ToListAsync();
      console.log(c.Orders.length, c.Orders.every((o) => o.Customer === c));
    `);
    expect(run.console).toEqual(['4 true']);
  });

  it('DetectChanges: a reference set to a tracked customer rewrites the FK and moves the order', async () => {
    const run = await runCode(`
      const c3 = await db.Customers.Include((x) => x.Orders).FirstAsync((x) => x.Id == 3);
      const c2 = await db.Customers.FirstAsync((x) => x.Id == 2);
      const o = c3.Orders[0];
      o.Customer = c2;
      db.ChangeTracker.DetectChanges();
      console.log(o.CustomerId, db.Entry(o).State, c3.Orders.length, c2.Orders.length);
    `);
    expect(run.console).toEqual(['2 Modified 3 1']);
  });

  it('removing a customer deletes its tracked orders first', async () => {
    const run = await runCode(`
      const c = await db.Customers.Include((x) => x.Orders).FirstAsync((x) => x.Id == 5);
      db.Remove(c);
      console.log(c.Orders.map((o) => db.Entry(o).State).join(','));
      await db.SaveChangesAsync();
    `);
    expect(run.console).toEqual(['Deleted,Deleted,Deleted,Deleted']);
    const deletes = run.sql.slice(1).map((s) => s.text.split('\n')[0]);
    expect(deletes).toEqual([...Array(4).fill('DELETE FROM "Orders"'), 'DELETE FROM "Customers"']);
  });
});

describe('graph attach', () => {
  it('Update walks the graph: keyed orders Modified, a new one Added with the root key as FK', async () => {
    const run = await runCode(`
      const body = new Customer({ Id: 2, Name: 'n', Email: 'e',
        Orders: [new Order({ Id: 5, CustomerId: 2, Total: 1, Status: 'Pending' }), new Order({ Total: 2, Status: 'Pending' })] });
      db.Update(body);
      console.log(body.Orders.map((o) => db.Entry(o).State + ':' + o.CustomerId).join(' '));
    `);
    expect(run.console).toEqual(['Modified:2 Added:2']);
  });

  it('a tracked key met through a navigation throws for the navigation target, at the Update line', async () => {
    const run = await runCode(`
      await db.Customers.Include((c) => c.Orders).FirstAsync((c) => c.Id == 1);
      const body = new Customer({ Id: 2, Name: 'n', Email: 'e', Orders: [new Order({ Id: 4, CustomerId: 2, Total: 1, Status: 'x' })] });
      db.Update(body);
    `);
    expect(run.exception).toMatchObject({
      type: 'InvalidOperationException',
      message: identityConflict('Order', "{'Id'}"),
      line: 3,
    });
  });

  it('with sensitive data logging the message names the order key; a second Update of the tracked root does not walk', async () => {
    const run = await runCode(`
      await using ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
      await ctx.Customers.Include((c) => c.Orders).FirstAsync((c) => c.Id == 1);
      const body = new Customer({ Id: 2, Name: 'n', Email: 'e', Orders: [new Order({ Id: 3, CustomerId: 2, Total: 1, Status: 'x' })] });
      try { ctx.Update(body); } catch (e) { console.log(e.message); }
      ctx.Update(body);
      console.log(ctx.Entry(body).State);
    `);
    expect(run.console).toEqual([identityConflictSensitive('Order', '{Id: 3}'), 'Modified']);
  });

  it('Add of a new customer with a new order inserts the customer first and sends its generated key', async () => {
    const run = await runCode(`
      const c = new Customer({ Name: 'New', Email: 'n@example.com', Orders: [new Order({ Total: 3, Status: 'Pending' })] });
      db.Add(c);
      await db.SaveChangesAsync();
      console.log(c.Id, c.Orders[0].CustomerId);
      console.log((await db.Orders.AsNoTracking().FirstAsync((o) => o.Id == 201)).CustomerId);
    `);
    expect(run.console).toEqual(['51 51', '51']);
    expect(run.sql[1].text).toContain('VALUES (@p2, @p3, @p4)');
  });
});
