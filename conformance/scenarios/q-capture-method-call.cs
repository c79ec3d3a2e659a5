// A method call on a captured value (Trim, ToLower): evaluated on the client, one parameter.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var term = "  Customer 4 ";
var a = await ctx.Customers.FirstAsync(c => c.Name == term.Trim());
var name = "CUSTOMER 5";
var b = await ctx.Customers.FirstAsync(c => c.Name.ToLower() == name.ToLower());
Console.WriteLine($"{a.Id} {b.Id}");
