// A property of a captured object (an entity, an object literal).
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
var orders = await ctx.Orders.Where(o => o.CustomerId == customer.Id).CountAsync();
var range = new { Min = 2, Max = 4 };
var some = await ctx.Customers.CountAsync(c => c.Id >= range.Min && c.Id <= range.Max);
Console.WriteLine($"{customer.Name} {orders} {some}");
