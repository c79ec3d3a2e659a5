// An element of a captured array: evaluated on the client, one parameter.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const ids = [3, 5, 9];
const cust = await ctx.Customers.FirstAsync(c => c.Id == ids[1]);
const n = await ctx.Orders.CountAsync(o => o.CustomerId == ids[0] || o.CustomerId == ids[2]);
console.log(`${cust.Name} ${n}`);
