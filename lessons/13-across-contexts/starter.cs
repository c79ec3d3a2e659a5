// Part 1: an order loaded by one context and saved through another.
var loaded = await LoadOrder(40);
loaded.Status = "Shipped";
{
    await using var writer = await factory.CreateDbContextAsync();
    writer.Update(loaded); // this context never saw the original values
    await writer.SaveChangesAsync();
}

// Part 2: two agents adjust order 40 at the same time, each in its own request (its own context).
async Task AdjustTotal(string agent, double delta)
{   await using var ctx = await factory.CreateDbContextAsync();
    var order = await ctx.Orders.FirstAsync(o => o.Id == 40);
    order.Total = order.Total + delta;
    await ctx.SaveChangesAsync();
    Console.WriteLine($"{agent}: saved total {order.Total}");
}

var before = (await LoadOrder(40)).Total;
await Task.WhenAll(AdjustTotal("Agent A (+10 shipping)", 10), AdjustTotal("Agent B (-5 discount)", -5));
var after = (await LoadOrder(40)).Total;
Console.WriteLine(after == before + 5 ? $"Both changes kept: {before} -> {after}" : $"Lost update: {before} -> {after}, expected {before + 5}");

async Task<Order> LoadOrder(int id)
{   await using var reader = await factory.CreateDbContextAsync();
    return await reader.Orders.AsNoTracking().FirstAsync(o => o.Id == id);
}
