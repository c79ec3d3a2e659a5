// Contains on a column: with a constant and with a captured variable, and negated.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await ctx.Tickets.CountAsync(t => t.Subject.includes("Refund"));
const term = "late";
const b = await ctx.Tickets.CountAsync(t => t.Subject.includes(term));
const d = await ctx.Tickets.CountAsync(t => !t.Subject.includes("#1"));
console.log(`${a} ${b} ${d}`);
