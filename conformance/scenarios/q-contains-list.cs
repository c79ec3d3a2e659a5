// Contains on a captured array (EF Core 10: one parameter per element), on an inline array, and on an empty one.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var ids = new[] { 3, 5, 9 };
var a = await ctx.Customers.CountAsync(c => ids.Contains(c.Id));
var b = await ctx.Orders.CountAsync(o => new[] { "Pending", "Shipped" }.Contains(o.Status));
var none = new int[0];
var d = await ctx.Customers.CountAsync(c => !none.Contains(c.Id));
var names = new[] { "Alice", "Bob", "Carol", "Dave", "Erin" };
var e = await ctx.Users.CountAsync(u => names.Contains(u.Name) && u.Id > 1);
Console.WriteLine($"{a} {b} {d} {e}");
