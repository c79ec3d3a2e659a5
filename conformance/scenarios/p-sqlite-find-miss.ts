// @conformance provider=sqlite latency=0
// The count nobody awaits has already run when FindAsync queries: no collision on SQLite.
const c = await db.Customers.FirstAsync(x => x.Id == 12);
const counting = db.Orders.CountAsync();
console.log(c.Name);
const found = await db.Customers.FindAsync(13);
console.log(found!.Name);
console.log(await counting);
