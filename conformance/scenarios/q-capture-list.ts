// Elements of a query's result list (a List<T> in C#) and its count, captured in a later query.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const top = await ctx.Customers.OrderBy(c => c.Id).Take(3).ToListAsync();
const a = await ctx.Orders.CountAsync(o => o.CustomerId == top[1].Id);
const b = await ctx.Orders.CountAsync(o => o.CustomerId == top.length);
console.log(`${a} ${b}`);
