// Fix-up: orders loaded after their customer appear in its Orders, and point back at it.
const c = await db.Customers.FirstAsync(x => x.Id == 3);
console.log(`${c.Orders.length}`);
const orders = await db.Orders.Where(o => o.CustomerId == 3).ToListAsync();
console.log(`${c.Orders.length} ${orders[0].Customer === c ? "fixed" : "null"} ${c.Orders[0].Id} ${c.Orders[3].Id}`);
const o9 = await db.Orders.FirstAsync(o => o.Id == 9);
const c3 = await db.Customers.FirstAsync(x => x.Id == 3);
console.log(`${c3.Orders.length} ${o9.Customer === c3 ? "fixed" : "null"}`);
const again = await db.Customers.Include(x => x.Orders).FirstAsync(x => x.Id == 3);
console.log(`${again.Orders.length}`);
const lone = await db.Orders.FirstAsync(o => o.Id == 40);
console.log(`${lone.Customer === null ? "no customer" : "customer"}`);
for (const l of db.ChangeTracker.DebugView.LongView.split('\n')) console.log(l);
for (const l of db.ChangeTracker.DebugView.ShortView.split('\n')) console.log(l);
