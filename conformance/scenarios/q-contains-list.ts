// Contains on a captured array (EF Core 10: one parameter per element), on an inline array, and on an empty one.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const ids = [3, 5, 9];
const a = await ctx.Customers.CountAsync(c => ids.includes(c.Id));
const b = await ctx.Orders.CountAsync(o => ["Pending", "Shipped"].includes(o.Status));
const none: number[] = [];
const d = await ctx.Customers.CountAsync(c => !none.includes(c.Id));
const names = ["Alice", "Bob", "Carol", "Dave", "Erin"];
const e = await ctx.Users.CountAsync(u => names.includes(u.Name) && u.Id > 1);
console.log(`${a} ${b} ${d} ${e}`);
