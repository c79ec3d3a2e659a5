// LIKE wildcards in the pattern: a constant and a captured value containing % and _.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Customers.CountAsync(c => c.Email.startsWith("customer_"));
const pattern = "100%";
const b = await ctx.Customers.CountAsync(c => c.Name.endsWith(pattern));
console.log(`${a} ${b}`);
