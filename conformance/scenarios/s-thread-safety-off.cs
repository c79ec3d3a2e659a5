// EnableThreadSafetyChecks(false): the detector is off, and the overlapping queries both run.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableThreadSafetyChecks(false).Options);
var a = ctx.Orders.CountAsync();
var b = ctx.Customers.CountAsync();
await Task.WhenAll(a, b);
Console.WriteLine($"{await a} orders, {await b} customers");
await ctx.DisposeAsync();
