// Removing a customer whose orders are tracked deletes them at once (required FK, cascade); their DELETEs go first.
const c = await db.Customers.Include(x => x.Orders).FirstAsync(x => x.Id == 5);
db.Remove(c);
for (const e of db.ChangeTracker.Entries()) console.log(`${e.Entity.constructor.name} ${e.Entity instanceof Order ? e.Entity.Id : 0} ${e.State}`);
console.log(`${c.Orders.length}`);
await db.SaveChangesAsync();
const c6 = await db.Customers.FirstAsync(x => x.Id == 6);
db.Remove(c6);
await db.SaveChangesAsync();
