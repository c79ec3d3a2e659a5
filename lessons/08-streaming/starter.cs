// Export tickets as a stream, with each ticket's customer name.
async Task<int> ExportTickets()
{   var exported = 0;
    await foreach (var ticket in db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable())
    {   // Between two rows, on the stream's own flow.
        var customer = await db.Customers.FindAsync(ticket.CustomerId);
        Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
        exported++;
    }
    return exported;
}

// The page header counts all orders while the export streams, on the same context.
var (exportTask, countTask) = (ExportTickets(), db.Orders.CountAsync()); await Task.WhenAll(exportTask, countTask); var (exported, orderCount) = (await exportTask, await countTask);
Console.WriteLine($"Exported {exported} tickets; {orderCount} orders in total");
