// Using a disposed context: ObjectDisposedException.
var ctx = factory.CreateDbContext();
var n = await ctx.Customers.CountAsync();
ctx.Dispose();
Console.WriteLine($"{n} customers");
await ctx.Customers.CountAsync();
