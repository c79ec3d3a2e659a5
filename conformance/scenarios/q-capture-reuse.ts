// The same client-evaluated expression twice reuses one parameter; a negated capture is a new one.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const id = 6;
const a = await ctx.Orders.CountAsync(o => o.CustomerId == id + 1 || o.Id == id + 1);
const b = await ctx.Orders.CountAsync(o => o.Id > -id && o.CustomerId == id);
const ids = [2, 4];
const d = await ctx.Orders.CountAsync(o => o.CustomerId == ids[0] || o.Id == ids[0] || o.Id == ids[1]);
console.log(`${a} ${b} ${d}`);
