// One context per flow from the factory: parallel queries are fine.
var results = await Task.WhenAll(CountOrders(1), CountOrders(2)); var (a, b) = (results[0], results[1]);
Console.WriteLine($"{a} + {b}");

async Task<int> CountOrders(int id) {
  await using var ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.CountAsync(o => o.CustomerId == id);
}
