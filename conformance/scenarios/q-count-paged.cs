// Count and Any over a Skip/Take page, and Where after Take.
var n = await db.Orders.OrderBy(o => o.Id).Skip(5).Take(10).CountAsync();
var any = await db.Orders.OrderBy(o => o.Id).Take(3).AnyAsync(o => o.Status == "Cancelled");
var w = await db.Orders.OrderBy(o => o.Id).Take(6).Where(o => o.Status == "Pending").ToListAsync();
Console.WriteLine($"{n} {(any ? "yes" : "no")} {string.Join(",", w.Select(o => o.Id))}");
