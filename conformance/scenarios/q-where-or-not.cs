// || and ! (negated comparison, negated ||).
var a = await db.Orders.Where(o => o.CustomerId == 1 || o.CustomerId == 2).CountAsync();
var b = await db.Orders.Where(o => !(o.CustomerId > 5)).CountAsync();
var c = await db.Orders.Where(o => !(o.CustomerId == 1 || o.Status == "Pending")).CountAsync();
var d = await db.Orders.Where(o => (o.CustomerId == 1 || o.CustomerId == 2) && o.Status != "Cancelled").CountAsync();
Console.WriteLine($"{a} {b} {c} {d}");
