// A method call on a captured value (Trim, ToLower): evaluated on the client, one parameter.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const term = "  Customer 4 ";
const a = await ctx.Customers.FirstAsync(c => c.Name == term.trim());
const name = "CUSTOMER 5";
const b = await ctx.Customers.FirstAsync(c => c.Name.toLowerCase() == name.toLowerCase());
console.log(`${a.Id} ${b.Id}`);
