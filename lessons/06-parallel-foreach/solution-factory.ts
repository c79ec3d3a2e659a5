// Fix 2: a context from the factory per iteration.
const orderIds = [1, 4, 7, 10, 13, 16, 19, 22];

await Parallel.ForEachAsync(orderIds, { MaxDegreeOfParallelism: 4 }, async (id) => {
  await using ctx = await factory.CreateDbContextAsync();
  const order = await ctx.Orders.FirstAsync(o => o.Id == id);
  order.Status = 'Shipped';
  await ctx.SaveChangesAsync();
});

console.log(`Shipped ${orderIds.length} orders`);
