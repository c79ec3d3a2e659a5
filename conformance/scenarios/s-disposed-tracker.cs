// After dispose, ChangeTracker and Entry throw too.
var ctx = await factory.CreateDbContextAsync();
var c = await ctx.Customers.FirstAsync(x => x.Id == 1);
await ctx.DisposeAsync();
Console.WriteLine(c.Name);
Console.WriteLine(ctx.Entry(c).State);
