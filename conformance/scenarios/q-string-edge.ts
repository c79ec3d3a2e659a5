// String edge cases: empty patterns, a column as the pattern, a function on the column before Contains.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Customers.CountAsync(c => c.Name.startsWith("") && !c.Email.endsWith(""));
const b = await ctx.Customers.CountAsync(c => c.Name.includes(""));
const d = await ctx.Customers.CountAsync(c => c.Email.startsWith(c.Name) || c.Email.endsWith(c.Name));
const e = await ctx.Customers.CountAsync(c => c.Name.toLowerCase().includes("customer 4"));
const empty = "";
const f = await ctx.Customers.CountAsync(c => c.Name.endsWith(empty) && !c.Name.startsWith(c.Email));
console.log(`${a} ${b} ${d} ${e} ${f}`);
