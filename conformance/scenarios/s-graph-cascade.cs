// Removing a customer whose orders are tracked deletes them at once (required FK, cascade); their DELETEs go first.
var c = await db.Customers.Include(x => x.Orders).FirstAsync(x => x.Id == 5);
db.Remove(c);
foreach (var e in db.ChangeTracker.Entries()) Console.WriteLine($"{e.Entity.GetType().Name} {(e.Entity is Order o ? o.Id : 0)} {e.State}");
Console.WriteLine($"{c.Orders.Count}");
await db.SaveChangesAsync();
var c6 = await db.Customers.FirstAsync(x => x.Id == 6);
db.Remove(c6);
await db.SaveChangesAsync();
