// Ship a batch of pending orders, four at a time.
var orderIds = new[] { 1, 4, 7, 10, 13, 16, 19, 22 };

await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
{   var order = await db.Orders.FirstAsync(o => o.Id == id);
    order.Status = "Shipped";
    await db.SaveChangesAsync();
});

Console.WriteLine($"Shipped {orderIds.Length} orders");
