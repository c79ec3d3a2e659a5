// @conformance provider=sqlite latency=0
// The count nobody awaits has already run when FindAsync queries: no collision on SQLite.
var c = await db.Customers.FirstAsync(x => x.Id == 12);
var counting = db.Orders.CountAsync();
Console.WriteLine(c.Name);
var found = await db.Customers.FindAsync(13);
Console.WriteLine(found.Name);
Console.WriteLine(await counting);
