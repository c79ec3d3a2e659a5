// The same captured variable used twice: one parameter; two variables with the same value: two.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const id = 5;
const a = await ctx.Orders.CountAsync(o => o.CustomerId == id || o.Id == id);
const other = 5;
const b = await ctx.Orders.CountAsync(o => o.CustomerId == id && o.Id > other);
console.log(`${a} ${b}`);
