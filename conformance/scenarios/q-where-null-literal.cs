// A null literal compared with a required column folds to false/true; combined with other conditions.
var a = await db.Customers.CountAsync(c => c.Name == null);
var b = await db.Customers.CountAsync(c => c.Name != null && c.Id < 5);
string name = null;
var d = await db.Customers.CountAsync(c => c.Name == name || c.Id == 7);
Console.WriteLine($"{a} {b} {d}");
