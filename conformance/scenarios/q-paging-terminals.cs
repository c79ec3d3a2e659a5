// First/Single/Count after Skip and Take, and Where after Skip.
var a = await db.Orders.OrderBy(o => o.Id).Skip(3).FirstOrDefaultAsync();
var b = await db.Orders.OrderBy(o => o.Id).Take(5).FirstAsync(o => o.Status == "Shipped");
var d = await db.Orders.OrderBy(o => o.Id).Skip(2).Take(1).SingleAsync();
var e = await db.Orders.OrderBy(o => o.Id).Skip(190).Where(o => o.Status == "Pending").CountAsync();
Console.WriteLine($"{a?.Id} {b.Id} {d.Id} {e}");
