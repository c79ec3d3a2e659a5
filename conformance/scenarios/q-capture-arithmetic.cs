// Arithmetic on captured values: evaluated on the client, one parameter.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var id = 4;
var next = await ctx.Customers.FirstAsync(c => c.Id == id + 1);
var step = 3;
var n = await ctx.Orders.CountAsync(o => o.Id > id * step - 2);
Console.WriteLine($"{next.Name} {n}");
