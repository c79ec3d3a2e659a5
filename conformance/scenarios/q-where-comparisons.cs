// < > <= >= combined with &&, a column compared with a column.
var low = 100.5;
var a = await db.Orders.Where(o => o.Total > low && o.Total < 200).CountAsync();
var b = await db.Orders.Where(o => o.Id >= 10 && o.Id <= 20).CountAsync();
var c = await db.Orders.Where(o => o.Id < o.CustomerId * 4).CountAsync();
Console.WriteLine($"{a} {b} {c}");
