// EnableThreadSafetyChecks(false): the detector is off, and the overlapping queries both run.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableThreadSafetyChecks(false).Options);
const a = ctx.Orders.CountAsync();
const b = ctx.Customers.CountAsync();
await Task.WhenAll(a, b);
console.log(`${await a} orders, ${await b} customers`);
await ctx.DisposeAsync();
