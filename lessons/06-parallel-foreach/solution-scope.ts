// Fix 1: a DI scope per iteration, and the context resolved from it.
const orderIds = [1, 4, 7, 10, 13, 16, 19, 22];

await Parallel.ForEachAsync(orderIds, { MaxDegreeOfParallelism: 4 }, async (id) => {
  await using scope = scopes.CreateAsyncScope();
  const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
  const order = await ctx.Orders.FirstAsync(o => o.Id == id);
  order.Status = 'Shipped';
  await ctx.SaveChangesAsync();
});

console.log(`Shipped ${orderIds.length} orders`);
