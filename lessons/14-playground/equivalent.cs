// The tour, in C#.
var customer = await db.Customers.FirstAsync(c => c.Id == 1);
Console.WriteLine($"Hello, {customer.Name}");

customer.Email = "first@example.com";
Console.WriteLine($"State before saving: {db.Entry(customer).State}");
await db.SaveChangesAsync();

var pending = await db.Orders
    .Where(o => o.Status == "Pending")
    .OrderByDescending(o => o.Total)
    .Take(3)
    .ToListAsync();

async Task<int> CountOpenTicketsAsync()
{
    await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Tickets.CountAsync(t => t.IsOpen);
}
async Task<int> CountInvoicesAsync()
{
    await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Invoices.CountAsync();
}
var counts = await Task.WhenAll(CountOpenTicketsAsync(), CountInvoicesAsync());
