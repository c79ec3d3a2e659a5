// After dispose, ChangeTracker and Entry throw too.
const ctx = await factory.CreateDbContextAsync();
const c = await ctx.Customers.FirstAsync(x => x.Id == 1);
await ctx.DisposeAsync();
console.log(c.Name);
console.log(ctx.Entry(c).State);
