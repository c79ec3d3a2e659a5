// Using a disposed context: ObjectDisposedException.
const ctx = factory.CreateDbContext();
const n = await ctx.Customers.CountAsync();
ctx.Dispose();
console.log(`${n} customers`);
await ctx.Customers.CountAsync();
