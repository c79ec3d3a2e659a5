// Equalities on one column joined by || become IN; inequalities joined by && become NOT IN.
var a = await db.Orders.CountAsync(o => o.CustomerId == 1 || o.CustomerId == 2 || o.CustomerId == 3);
var b = await db.Orders.CountAsync(o => o.Status != "Pending" && o.Status != "Shipped");
var c = await db.Orders.CountAsync(o => !(o.CustomerId == 4 || o.CustomerId == 5));
var d = await db.Orders.CountAsync(o => o.CustomerId == 1 || o.Id == 2 || o.CustomerId == 3);
Console.WriteLine($"{a} {b} {c} {d}");
