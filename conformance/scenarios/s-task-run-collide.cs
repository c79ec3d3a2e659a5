// Task.Run starting a query while the caller queries the same context.
var bg = Task.Run(() => db.Orders.ToListAsync());
var n = await db.Customers.CountAsync();
Console.WriteLine($"{n} customers");
var orders = await bg;
Console.WriteLine($"{orders.Count} orders");
