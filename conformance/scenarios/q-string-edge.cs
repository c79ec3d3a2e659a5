// String edge cases: empty patterns, a column as the pattern, a function on the column before Contains.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Customers.CountAsync(c => c.Name.StartsWith("") && !c.Email.EndsWith(""));
var b = await ctx.Customers.CountAsync(c => c.Name.Contains(""));
var d = await ctx.Customers.CountAsync(c => c.Email.StartsWith(c.Name) || c.Email.EndsWith(c.Name));
var e = await ctx.Customers.CountAsync(c => c.Name.ToLower().Contains("customer 4"));
var empty = "";
var f = await ctx.Customers.CountAsync(c => c.Name.EndsWith(empty) && !c.Name.StartsWith(c.Email));
Console.WriteLine($"{a} {b} {d} {e} {f}");
