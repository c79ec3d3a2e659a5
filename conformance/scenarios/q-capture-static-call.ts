// A static method call on captured values (Math.max → @Max), and a loop variable captured per iteration.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = 3;
const b = 8;
const first = await ctx.Customers.FirstAsync(c => c.Id == Math.max(a, b));
const counts = [];
for (const id of [2, 4]) counts.push(await ctx.Orders.CountAsync(o => o.CustomerId == id));
console.log(`${first.Name} ${counts.join(",")}`);
