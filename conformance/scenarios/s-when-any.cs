// Task.WhenAny between a query and a delay.
var ctx = await factory.CreateDbContextAsync();
var slow = Task.Delay(100);
var query = ctx.Customers.CountAsync();
var first = await Task.WhenAny(slow, query);
Console.WriteLine(first == query ? "query first" : "delay first");
Console.WriteLine($"{await query} customers");
await slow;
await ctx.DisposeAsync();
