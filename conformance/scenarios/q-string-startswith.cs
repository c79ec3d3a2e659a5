// StartsWith on a column: with a constant and with a captured variable.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await ctx.Customers.CountAsync(c => c.Name.StartsWith("Customer 1"));
var prefix = "Customer 2";
var b = await ctx.Customers.CountAsync(c => c.Name.StartsWith(prefix));
var d = await ctx.Customers.CountAsync(c => !c.Email.StartsWith("customer4"));
Console.WriteLine($"{a} {b} {d}");
