// A bool column alone, negated, compared with a constant and with a captured bool.
var open = await db.Tickets.Where(t => t.IsOpen).CountAsync();
var closed = await db.Tickets.Where(t => !t.IsOpen).CountAsync();
var closed2 = await db.Tickets.Where(t => t.IsOpen == false).CountAsync();
var wanted = true;
var open2 = await db.Tickets.Where(t => t.IsOpen == wanted && t.CustomerId < 10).CountAsync();
Console.WriteLine($"{open} {closed} {closed2} {open2}");
