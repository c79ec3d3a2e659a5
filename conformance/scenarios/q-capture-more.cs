// More client-evaluated shapes: concatenation, a capture on the left, a conditional, nested members, an array element's member.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var n = 5;
var a = await ctx.Customers.CountAsync(c => c.Name == "Customer " + n);
var b = await ctx.Orders.CountAsync(o => n < o.CustomerId && o.CustomerId <= n + 2);
var flag = true;
var d = await ctx.Customers.CountAsync(c => c.Id == (flag ? 1 : 2));
var filter = new { Range = new { Min = 3, Max = 4 } };
var e = await ctx.Customers.CountAsync(c => c.Id >= filter.Range.Min && c.Id <= filter.Range.Max);
var picks = new[] { new { Id = 11 }, new { Id = 12 } };
var f = await ctx.Customers.FirstAsync(c => c.Id == picks[1].Id);
Console.WriteLine($"{a} {b} {d} {e} {f.Name}");
