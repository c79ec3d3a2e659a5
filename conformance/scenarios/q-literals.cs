// Literal formatting: doubles, quotes in strings; Count with a predicate over a Take.
var a = await db.Orders.CountAsync(o => o.Total > 0.1 && o.Total < 1e7);
var b = await db.Customers.CountAsync(c => c.Name == "O'Brien" || c.Email == "a\\b");
var d = await db.Orders.CountAsync(o => o.Total == 12.5 || o.Total == 100);
var e = await db.Orders.OrderBy(o => o.Id).Take(5).CountAsync(o => o.Status == "Pending");
Console.WriteLine($"{a} {b} {d} {e}");
