// Ship a batch of pending orders, four at a time.
const orderIds = [1, 4, 7, 10, 13, 16, 19, 22];

await Parallel.ForEachAsync(orderIds, { MaxDegreeOfParallelism: 4 }, async (id) => {
  const order = await db.Orders.FirstAsync(o => o.Id == id);
  order.Status = 'Shipped';
  await db.SaveChangesAsync();
});

console.log(`Shipped ${orderIds.length} orders`);
