// A static method call on captured values (Math.max → @Max), and a loop variable captured per iteration.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = 3;
var b = 8;
var first = await ctx.Customers.FirstAsync(c => c.Id == Math.Max(a, b));
var counts = new List<int>();
foreach (var id in new[] { 2, 4 }) counts.Add(await ctx.Orders.CountAsync(o => o.CustomerId == id));
Console.WriteLine($"{first.Name} {string.Join(",", counts)}");
