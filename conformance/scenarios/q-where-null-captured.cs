// A captured variable that is null, compared with a required and with a nullable column.
string name = null;
var a = await db.Customers.Where(c => c.Name == name).CountAsync();
var b = await db.Customers.Where(c => c.Name != name).CountAsync();
DateTime? when = null;
var d = await db.Users.Where(u => u.LastLogin == when).CountAsync();
Console.WriteLine($"{a} {b} {d}");
