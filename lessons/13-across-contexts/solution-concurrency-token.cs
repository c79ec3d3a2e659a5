// Part 1: an order loaded by one context and saved through another.
var loaded = await LoadOrder(40);
loaded.Status = "Shipped";
{
    await using var writer = await factory.CreateDbContextAsync();
    writer.Update(loaded); // every column is written, Version included
    await writer.SaveChangesAsync();
}

// Part 2, fixed: Order.Version is a concurrency token. Every writer changes it, so a save
// based on stale data matches no row, and EF Core throws DbUpdateConcurrencyException.
async Task AdjustTotal(string agent, double delta)
{   for (var attempt = 1; attempt <= 3; attempt++)
    {   await using var ctx = await factory.CreateDbContextAsync();
        var order = await ctx.Orders.FirstAsync(o => o.Id == 40);
        order.Total = order.Total + delta;
        order.Version = order.Version + 1;
        try
        {   await ctx.SaveChangesAsync();
            Console.WriteLine($"{agent}: saved total {order.Total}");
            return;
        }
        catch (DbUpdateConcurrencyException)
        {   Console.WriteLine($"{agent}: the order changed since it was loaded; loading it again");
        }
    }
    throw new InvalidOperationException($"{agent}: gave up after 3 attempts");
}

var before = (await LoadOrder(40)).Total;
await Task.WhenAll(AdjustTotal("Agent A (+10 shipping)", 10), AdjustTotal("Agent B (-5 discount)", -5));
var after = (await LoadOrder(40)).Total;
Console.WriteLine(after == before + 5 ? $"Both changes kept: {before} -> {after}" : $"Lost update: {before} -> {after}, expected {before + 5}");

async Task<Order> LoadOrder(int id)
{   await using var reader = await factory.CreateDbContextAsync();
    return await reader.Orders.AsNoTracking().FirstAsync(o => o.Id == id);
}
