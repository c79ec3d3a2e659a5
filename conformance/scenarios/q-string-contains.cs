// Contains on a column: with a constant and with a captured variable, and negated.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Tickets.CountAsync(t => t.Subject.Contains("Refund"));
var term = "late";
var b = await ctx.Tickets.CountAsync(t => t.Subject.Contains(term));
var d = await ctx.Tickets.CountAsync(t => !t.Subject.Contains("#1"));
Console.WriteLine($"{a} {b} {d}");
