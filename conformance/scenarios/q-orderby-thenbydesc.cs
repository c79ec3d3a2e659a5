// OrderBy + ThenByDescending.
var rows = await db.Orders.Where(o => o.CustomerId <= 2).OrderBy(o => o.Status).ThenByDescending(o => o.Id).ToListAsync();
Console.WriteLine(string.Join(",", rows.Select(o => $"{o.Id}:{o.Status}")));
