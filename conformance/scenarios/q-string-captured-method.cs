// String methods with client-evaluated patterns, and a column as the pattern.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var prefix = " customer 4";
var a = await ctx.Customers.CountAsync(c => c.Email.StartsWith(prefix.Trim()));
var term = "REFUND";
var b = await ctx.Tickets.CountAsync(t => t.Subject.ToUpper().Contains(term));
var d = await ctx.Customers.CountAsync(c => c.Email.Contains(c.Name));
Console.WriteLine($"{a} {b} {d}");
