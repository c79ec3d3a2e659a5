// Negated StartsWith/EndsWith with captured patterns, and a constant string method evaluated on the client.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const prefix = "Customer 1";
const a = await ctx.Customers.CountAsync(c => !c.Name.startsWith(prefix));
const suffix = "9";
const b = await ctx.Customers.CountAsync(c => !c.Name.endsWith(suffix) && c.Id > 40);
const d = await ctx.Customers.CountAsync(c => c.Name == "CUSTOMER 8".toLowerCase());
console.log(`${a} ${b} ${d}`);
