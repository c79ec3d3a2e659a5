// Include of a required reference: INNER JOIN, no ordering; AsNoTracking makes a principal per row.
var orders = await db.Orders.Include(o => o.Customer).Where(o => o.Id <= 5).ToListAsync();
Console.WriteLine($"{orders.Count} {orders[0].Customer.Name} {(orders[0].Customer == orders[1].Customer ? "same" : "diff")} {orders[0].Customer.Orders.Count}");
var o1 = await db.Orders.Include(o => o.Customer).FirstAsync(o => o.Id == 7);
Console.WriteLine($"{o1.Customer.Id} {o1.Customer.Orders.Count}");
var o2 = await db.Orders.AsNoTracking().Include(o => o.Customer).Where(o => o.Id <= 5).ToListAsync();
Console.WriteLine($"{(o2[0].Customer == o2[1].Customer ? "same" : "diff")} {o2[0].Customer.Orders.Count}");
var c2 = await db.Customers.AsNoTracking().Include(c => c.Orders).Where(c => c.Id <= 2).ToListAsync();
Console.WriteLine($"{c2.Count} {c2[0].Orders.Count} {(c2[0].Orders[0].Customer == c2[0] ? "fixed" : "null")}");
var c3 = await db.Customers.AsNoTrackingWithIdentityResolution().Include(c => c.Orders).Where(c => c.Id == 3).ToListAsync();
Console.WriteLine($"{c3.Count} {c3[0].Orders.Count}");
