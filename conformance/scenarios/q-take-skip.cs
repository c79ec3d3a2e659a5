// Take then Skip, then OrderBy after Take: subqueries.
var a = await db.Customers.OrderBy(c => c.Id).Take(10).Skip(8).ToListAsync();
var b = await db.Customers.Take(3).OrderByDescending(c => c.Id).ToListAsync();
Console.WriteLine($"{string.Join(",", a.Select(c => c.Id))} / {string.Join(",", b.Select(c => c.Id))}");
