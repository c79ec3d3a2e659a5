// OrderByDescending + ThenBy + ThenBy, then Take.
var rows = await db.Orders.OrderByDescending(o => o.CustomerId).ThenBy(o => o.Status).ThenBy(o => o.Id).Take(5).ToListAsync();
Console.WriteLine(string.Join(",", rows.Select(o => $"{o.Id}:{o.CustomerId}:{o.Status}")));
