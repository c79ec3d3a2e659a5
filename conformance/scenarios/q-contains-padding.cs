// EF Core 10 pads a parameterized collection's parameters: lists of 6, 10 and 11 elements.
var six = new[] { 1, 2, 3, 4, 5, 6 };
var a = await db.Customers.CountAsync(c => six.Contains(c.Id));
var ten = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
var b = await db.Customers.CountAsync(c => ten.Contains(c.Id));
var eleven = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
var d = await db.Customers.CountAsync(c => !eleven.Contains(c.Id));
Console.WriteLine($"{a} {b} {d}");
