// Elements of a query's result list (a List<T> in C#) and its count, captured in a later query.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var top = await ctx.Customers.OrderBy(c => c.Id).Take(3).ToListAsync();
var a = await ctx.Orders.CountAsync(o => o.CustomerId == top[1].Id);
var b = await ctx.Orders.CountAsync(o => o.CustomerId == top.Count);
Console.WriteLine($"{a} {b}");
