// Negated StartsWith/EndsWith with captured patterns, and a constant string method evaluated on the client.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var prefix = "Customer 1";
var a = await ctx.Customers.CountAsync(c => !c.Name.StartsWith(prefix));
var suffix = "9";
var b = await ctx.Customers.CountAsync(c => !c.Name.EndsWith(suffix) && c.Id > 40);
var d = await ctx.Customers.CountAsync(c => c.Name == "CUSTOMER 8".ToLower());
Console.WriteLine($"{a} {b} {d}");
