// Negation shapes: a bool column inside OR, NOT over AND, != true, double negation.
var a = await db.Tickets.CountAsync(t => !t.IsOpen || t.CustomerId == 1);
var b = await db.Tickets.CountAsync(t => !(t.IsOpen && t.CustomerId > 3));
var d = await db.Tickets.CountAsync(t => t.IsOpen != true);
var e = await db.Tickets.CountAsync(t => !!t.IsOpen);
var f = await db.Tickets.CountAsync(t => !(t.IsOpen == (t.CustomerId > 25)));
Console.WriteLine($"{a} {b} {d} {e} {f}");
