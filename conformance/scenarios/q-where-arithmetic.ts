// Arithmetic and concatenation on columns: %, /, unary minus, string +.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Orders.CountAsync(o => o.Id % 7 == 0);
const b = await ctx.Orders.CountAsync(o => o.Total / 2 > 100);
const d = await ctx.Orders.CountAsync(o => -o.Total < -200);
const e = await ctx.Customers.CountAsync(c => c.Name + "!" == "Customer 1!");
const rate = 1.5;
const f = await ctx.Orders.CountAsync(o => o.Total * rate >= 300 && o.CustomerId - 1 < 10);
console.log(`${a} ${b} ${d} ${e} ${f}`);
