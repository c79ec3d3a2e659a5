// String functions on a column: ToLower, ToUpper, Trim, Length.
var a = await db.Customers.CountAsync(c => c.Name.ToLower() == "customer 3");
var b = await db.Users.FirstAsync(u => u.Name.ToUpper() == "GRACE");
var d = await db.Users.CountAsync(u => u.Name.Trim() == u.Name);
var e = await db.Users.Where(u => u.Name.Length > 4).OrderBy(u => u.Id).ToListAsync();
Console.WriteLine($"{a} {b.Id} {d} {string.Join(",", e.Select(u => u.Name))}");
