import { describe, expect, it } from 'vitest';
import { runCode } from './testing/runCode.ts';
import type { TrackerEntry } from './trace.ts';

/** The last tracker snapshot of the run, as `Entity {Key}` → entry. */
function lastSnapshot(run: Awaited<ReturnType<typeof runCode>>): Map<string, TrackerEntry> {
  const snapshot = run.trace.filter((ev) => ev.type === 'tracker').at(-1);
  if (snapshot?.type !== 'tracker') throw new Error('no tracker snapshot');
  return new Map(snapshot.entries.map((e) => [`${e.entity} ${e.key}`, e]));
}

describe('the tracker snapshots carry navigations, as LongView shows them', () => {
  it('Include fixes up both sides: Customer.Orders lists the orders, each Order.Customer names the customer', async () => {
    const run = await runCode(`
      const c = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
      console.log(c.Orders.length);
    `);
    const entries = lastSnapshot(run);
    const customer = entries.get('Customer {Id: 1}')!;
    const orders = [...entries.values()].filter((e) => e.entity === 'Order');
    expect(orders.length).toBe(Number(run.console[0]));
    expect(orders.length).toBeGreaterThan(0);
    expect(customer.navigations).toEqual([
      { name: 'Orders', kind: 'collection', keys: orders.map((o) => o.key) },
    ]);
    expect(customer.foreignKeys).toBeUndefined();
    for (const o of orders) {
      expect(o.navigations).toEqual([{ name: 'Customer', kind: 'reference', keys: ['{Id: 1}'] }]);
      expect(o.foreignKeys).toEqual(['CustomerId']);
    }
  });

  it('an order loaded without its customer has a null reference; types without navigations carry none', async () => {
    const run = await runCode(`
      await db.Orders.FirstAsync();
      await db.Users.FirstAsync();
    `);
    const entries = [...lastSnapshot(run).values()];
    const order = entries.find((e) => e.entity === 'Order')!;
    expect(order.navigations).toEqual([{ name: 'Customer', kind: 'reference', keys: [] }]);
    const user = entries.find((e) => e.entity === 'User')!;
    expect(user).not.toHaveProperty('navigations');
    expect(user).not.toHaveProperty('foreignKeys');
  });
});
