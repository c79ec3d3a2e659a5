// One context per flow from the factory: parallel queries are fine.
const [a, b] = await Task.WhenAll(countOrders(1), countOrders(2));
console.log(`${a} + ${b}`);

async function countOrders(id: number) {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.CountAsync(o => o.CustomerId == id);
}
