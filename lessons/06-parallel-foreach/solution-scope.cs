// Fix 1: a DI scope per iteration, and the context resolved from it.
var orderIds = new[] { 1, 4, 7, 10, 13, 16, 19, 22 };

await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
{   await using var scope = scopes.CreateAsyncScope();
    var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
    var order = await ctx.Orders.FirstAsync(o => o.Id == id);
    order.Status = "Shipped";
    await ctx.SaveChangesAsync();
});

Console.WriteLine($"Shipped {orderIds.Length} orders");
