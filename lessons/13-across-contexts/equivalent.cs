public class Order
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public decimal Total { get; set; }
    public string Status { get; set; } = "";

    [ConcurrencyCheck] // or: modelBuilder.Entity<Order>().Property(o => o.Version).IsConcurrencyToken();
    public int Version { get; set; }
}

// Part 1: loaded by one context, saved through another. No error; every column is written.
Order loaded;
await using (var reader = await factory.CreateDbContextAsync())
    loaded = await reader.Orders.AsNoTracking().FirstAsync(o => o.Id == 40);
loaded.Status = "Shipped";
await using (var writer = await factory.CreateDbContextAsync())
{
    writer.Update(loaded);
    await writer.SaveChangesAsync();
}

// Part 2, fixed: bump the token on every write, and retry on a conflict with fresh data.
async Task AdjustTotalAsync(decimal delta)
{
    for (var attempt = 1; attempt <= 3; attempt++)
    {
        await using var ctx = await factory.CreateDbContextAsync();
        var order = await ctx.Orders.FirstAsync(o => o.Id == 40);
        order.Total += delta;
        order.Version++;
        try
        {
            await ctx.SaveChangesAsync(); // UPDATE ... WHERE "Id" = ... AND "Version" = ...
            return;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved first: load again and reapply the change.
        }
    }
    throw new InvalidOperationException("Gave up after 3 attempts.");
}

await Task.WhenAll(AdjustTotalAsync(10m), AdjustTotalAsync(-5m));
