// Skip + Take with constants.
var page = await db.Customers.OrderBy(c => c.Id).Skip(10).Take(5).ToListAsync();
Console.WriteLine(string.Join(",", page.Select(c => c.Id)));
