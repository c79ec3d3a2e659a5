// LIKE wildcards in the pattern: a constant and a captured value containing % and _.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Customers.CountAsync(c => c.Email.StartsWith("customer_"));
var pattern = "100%";
var b = await ctx.Customers.CountAsync(c => c.Name.EndsWith(pattern));
Console.WriteLine($"{a} {b}");
