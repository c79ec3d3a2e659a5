// Two Where calls combine with AND.
var customerId = 4;
var rows = await db.Orders.Where(o => o.CustomerId == customerId).Where(o => o.Status == "Pending" || o.Status == "Shipped").ToListAsync();
Console.WriteLine(string.Join(",", rows.Select(o => $"{o.Id}:{o.Status}")));
