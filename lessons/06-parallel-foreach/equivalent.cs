public class ShippingService(AppDb db, IServiceScopeFactory scopes, IDbContextFactory<AppDb> factory)
{
    // Broken: four iterations at a time, one shared context.
    public async Task ShipAsync(IEnumerable<int> orderIds)
    {
        await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            var order = await db.Orders.FirstAsync(o => o.Id == id, ct); // InvalidOperationException
            order.Status = "Shipped";
            await db.SaveChangesAsync(ct);
        });
    }

    // Fix 1: a scope per iteration.
    public async Task ShipWithScopesAsync(IEnumerable<int> orderIds)
    {
        await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
            var order = await ctx.Orders.FirstAsync(o => o.Id == id, ct);
            order.Status = "Shipped";
            await ctx.SaveChangesAsync(ct);
        });
    }

    // Fix 2: a factory context per iteration.
    public async Task ShipWithFactoryAsync(IEnumerable<int> orderIds)
    {
        await Parallel.ForEachAsync(orderIds, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            await using var ctx = await factory.CreateDbContextAsync(ct);
            var order = await ctx.Orders.FirstAsync(o => o.Id == id, ct);
            order.Status = "Shipped";
            await ctx.SaveChangesAsync(ct);
        });
    }
}
