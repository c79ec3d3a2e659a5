// EndsWith on a column: with a constant and with a captured variable.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Customers.CountAsync(c => c.Name.endsWith("7"));
const suffix = "0@example.com";
const b = await ctx.Customers.Where(c => c.Email.endsWith(suffix)).CountAsync();
console.log(`${a} ${b}`);
