// Fix-up: orders loaded after their customer appear in its Orders, and point back at it.
var c = await db.Customers.FirstAsync(x => x.Id == 3);
Console.WriteLine($"{c.Orders.Count}");
var orders = await db.Orders.Where(o => o.CustomerId == 3).ToListAsync();
Console.WriteLine($"{c.Orders.Count} {(orders[0].Customer == c ? "fixed" : "null")} {c.Orders[0].Id} {c.Orders[3].Id}");
var o9 = await db.Orders.FirstAsync(o => o.Id == 9);
var c3 = await db.Customers.FirstAsync(x => x.Id == 3);
Console.WriteLine($"{c3.Orders.Count} {(o9.Customer == c3 ? "fixed" : "null")}");
var again = await db.Customers.Include(x => x.Orders).FirstAsync(x => x.Id == 3);
Console.WriteLine($"{again.Orders.Count}");
var lone = await db.Orders.FirstAsync(o => o.Id == 40);
Console.WriteLine($"{(lone.Customer == null ? "no customer" : "customer")}");
foreach (var l in db.ChangeTracker.DebugView.LongView.Split('\n')) Console.WriteLine(l);
foreach (var l in db.ChangeTracker.DebugView.ShortView.Split('\n')) Console.WriteLine(l);
