// The same captured variable used twice: one parameter; two variables with the same value: two.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var id = 5;
var a = await ctx.Orders.CountAsync(o => o.CustomerId == id || o.Id == id);
var other = 5;
var b = await ctx.Orders.CountAsync(o => o.CustomerId == id && o.Id > other);
Console.WriteLine($"{a} {b}");
