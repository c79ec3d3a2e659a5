// Fix 2: the stream keeps the request's context to itself; the header uses its own context.
async Task<int> ExportTickets()
{   var exported = 0;
    await foreach (var ticket in db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable())
    {   var customer = await db.Customers.FindAsync(ticket.CustomerId);
        Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
        exported++;
    }
    return exported;
}

async Task<int> CountOrders()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Orders.CountAsync();
}

var (exportTask, countTask) = (ExportTickets(), CountOrders()); await Task.WhenAll(exportTask, countTask); var (exported, orderCount) = (await exportTask, await countTask);
Console.WriteLine($"Exported {exported} tickets; {orderCount} orders in total");
