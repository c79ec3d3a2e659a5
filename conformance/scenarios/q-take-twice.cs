// Take after Take, First after Take, Skip after Skip.
var a = await db.Orders.OrderBy(o => o.Id).Take(5).Take(3).ToListAsync();
var b = await db.Orders.OrderBy(o => o.Id).Take(5).FirstAsync();
var d = await db.Orders.OrderBy(o => o.Id).Skip(2).Skip(3).Take(2).ToListAsync();
var e = await db.Orders.OrderBy(o => o.Id).Take(1).SingleOrDefaultAsync();
Console.WriteLine($"{a.Count} {b.Id} {string.Join(",", d.Select(o => o.Id))} {e?.Id}");
