// String methods with client-evaluated patterns, and a column as the pattern.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const prefix = " customer 4";
const a = await ctx.Customers.CountAsync(c => c.Email.startsWith(prefix.trim()));
const term = "REFUND";
const b = await ctx.Tickets.CountAsync(t => t.Subject.toUpperCase().includes(term));
const d = await ctx.Customers.CountAsync(c => c.Email.includes(c.Name));
console.log(`${a} ${b} ${d}`);
