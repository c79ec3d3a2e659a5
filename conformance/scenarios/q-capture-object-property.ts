// A property of a captured object (an entity, an object literal).
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
const orders = await ctx.Orders.Where(o => o.CustomerId == customer.Id).CountAsync();
const range = { Min: 2, Max: 4 };
const some = await ctx.Customers.CountAsync(c => c.Id >= range.Min && c.Id <= range.Max);
console.log(`${customer.Name} ${orders} ${some}`);
