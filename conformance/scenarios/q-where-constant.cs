// Where with constants: == on an int column, ToListAsync.
var orders = await db.Orders.Where(o => o.CustomerId == 3).ToListAsync();
Console.WriteLine($"{orders.Count} orders: {string.Join(",", orders.Select(o => o.Id))}");
