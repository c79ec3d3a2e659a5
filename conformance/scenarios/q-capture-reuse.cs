// The same client-evaluated expression twice reuses one parameter; a negated capture is a new one.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var id = 6;
var a = await ctx.Orders.CountAsync(o => o.CustomerId == id + 1 || o.Id == id + 1);
var b = await ctx.Orders.CountAsync(o => o.Id > -id && o.CustomerId == id);
var ids = new[] { 2, 4 };
var d = await ctx.Orders.CountAsync(o => o.CustomerId == ids[0] || o.Id == ids[0] || o.Id == ids[1]);
Console.WriteLine($"{a} {b} {d}");
