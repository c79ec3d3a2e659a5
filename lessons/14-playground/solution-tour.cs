// A short tour: a query, a change, a save, and two contexts working in parallel.
var customer = await db.Customers.FirstAsync(c => c.Id == 1);
Console.WriteLine($"Hello, {customer.Name}");

customer.Email = "first@example.com";
Console.WriteLine($"State before saving: {db.Entry(customer).State}");
await db.SaveChangesAsync();

var pending = await db.Orders.Where(o => o.Status == "Pending").OrderByDescending(o => o.Total).Take(3).ToListAsync();
Console.WriteLine($"Top pending totals: {string.Join(", ", pending.Select(o => o.Total))}");

async Task<int> CountOpenTickets()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Tickets.CountAsync(t => t.IsOpen);
}
async Task<int> CountInvoices()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Invoices.CountAsync();
}
var (openTask, invoicesTask) = (CountOpenTickets(), CountInvoices()); await Task.WhenAll(openTask, invoicesTask); var (open, invoices) = (await openTask, await invoicesTask);
Console.WriteLine($"{open} open tickets, {invoices} invoices");
