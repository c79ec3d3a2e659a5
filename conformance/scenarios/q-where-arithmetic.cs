// Arithmetic and concatenation on columns: %, /, unary minus, string +.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Orders.CountAsync(o => o.Id % 7 == 0);
var b = await ctx.Orders.CountAsync(o => o.Total / 2 > 100);
var d = await ctx.Orders.CountAsync(o => -o.Total < -200);
var e = await ctx.Customers.CountAsync(c => c.Name + "!" == "Customer 1!");
var rate = 1.5;
var f = await ctx.Orders.CountAsync(o => o.Total * rate >= 300 && o.CustomerId - 1 < 10);
Console.WriteLine($"{a} {b} {d} {e} {f}");
