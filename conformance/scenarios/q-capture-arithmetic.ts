// Arithmetic on captured values: evaluated on the client, one parameter.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const id = 4;
const next = await ctx.Customers.FirstAsync(c => c.Id == id + 1);
const step = 3;
const n = await ctx.Orders.CountAsync(o => o.Id > id * step - 2);
console.log(`${next.Name} ${n}`);
