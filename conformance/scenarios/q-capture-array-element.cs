// An element of a captured array: evaluated on the client, one parameter.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var ids = new[] { 3, 5, 9 };
var cust = await ctx.Customers.FirstAsync(c => c.Id == ids[1]);
var n = await ctx.Orders.CountAsync(o => o.CustomerId == ids[0] || o.CustomerId == ids[2]);
Console.WriteLine($"{cust.Name} {n}");
