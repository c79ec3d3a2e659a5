// StartsWith on a column: with a constant and with a captured variable.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Customers.CountAsync(c => c.Name.startsWith("Customer 1"));
const prefix = "Customer 2";
const b = await ctx.Customers.CountAsync(c => c.Name.startsWith(prefix));
const d = await ctx.Customers.CountAsync(c => !c.Email.startsWith("customer4"));
console.log(`${a} ${b} ${d}`);
