// More client-evaluated shapes: concatenation, a capture on the left, a conditional, nested members, an array element's member.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const n = 5;
const a = await ctx.Customers.CountAsync(c => c.Name == "Customer " + n);
const b = await ctx.Orders.CountAsync(o => n < o.CustomerId && o.CustomerId <= n + 2);
const flag = true;
const d = await ctx.Customers.CountAsync(c => c.Id == (flag ? 1 : 2));
const filter = { Range: { Min: 3, Max: 4 } };
const e = await ctx.Customers.CountAsync(c => c.Id >= filter.Range.Min && c.Id <= filter.Range.Max);
const picks = [{ Id: 11 }, { Id: 12 }];
const f = await ctx.Customers.FirstAsync(c => c.Id == picks[1].Id);
console.log(`${a} ${b} ${d} ${e} ${f.Name}`);
