// Contains with one element (captured and inline), a longer captured list, and captured values in an inline array.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var one = new[] { 7 };
var a = await ctx.Customers.CountAsync(c => one.Contains(c.Id));
var b = await ctx.Customers.CountAsync(c => new[] { 7 }.Contains(c.Id));
var many = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
var d = await ctx.Customers.CountAsync(c => many.Contains(c.Id));
var x = 4;
var y = 6;
var e = await ctx.Customers.CountAsync(c => new[] { x, y, 8 }.Contains(c.Id));
Console.WriteLine($"{a} {b} {d} {e}");
