// Optional filters: a client-evaluated side of || or && short-circuits before translation.
string term = null;
var a = await db.Customers.CountAsync(c => term == null || c.Name.Contains(term));
var name = "Customer 3";
var b = await db.Customers.CountAsync(c => name == null || c.Name == name);
var onlyOpen = false;
var d = await db.Tickets.CountAsync(t => !onlyOpen || t.IsOpen);
var strict = true;
var e = await db.Tickets.CountAsync(t => t.CustomerId == 2 && (strict && t.IsOpen));
Console.WriteLine($"{a} {b} {d} {e}");
