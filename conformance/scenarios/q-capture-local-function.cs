// A parameter of a local function, captured in the lambda.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var a = await countOrders(5);
var b = await countOrders(6);
Console.WriteLine($"{a} {b}");

async Task<int> countOrders(int customerId) {
  return await ctx.Orders.Where(o => o.CustomerId == customerId).CountAsync();
}
