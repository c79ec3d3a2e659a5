// EndsWith on a column: with a constant and with a captured variable.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Customers.CountAsync(c => c.Name.EndsWith("7"));
var suffix = "0@example.com";
var b = await ctx.Customers.Where(c => c.Email.EndsWith(suffix)).CountAsync();
Console.WriteLine($"{a} {b}");
