// Broken: a second operation starts on the context while the stream waits for a row.
public async Task<string> ExportAsync()
{
    var exportTask = ExportTicketsAsync();
    var countTask = db.Orders.CountAsync(); // refused: the stream is inside MoveNextAsync
    await Task.WhenAll(exportTask, countTask);
    return $"Exported {exportTask.Result} tickets; {countTask.Result} orders in total";
}

private async Task<int> ExportTicketsAsync()
{
    var exported = 0;
    await foreach (var ticket in db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable())
    {
        // Not caught by the detector: between rows, on the stream's own flow.
        // SQLite allows it; SQL Server without MARS fails with
        // "There is already an open DataReader associated with this Connection which must be closed first."
        var customer = await db.Customers.FindAsync(ticket.CustomerId);
        Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
        exported++;
    }
    return exported;
}

// Fix 1: materialize, then run the next query.
public async Task<string> ExportFixedAsync()
{
    var tickets = await db.Tickets.OrderBy(t => t.Id).Take(5).ToListAsync();
    foreach (var ticket in tickets)
    {
        var customer = await db.Customers.FindAsync(ticket.CustomerId);
        Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
    }
    var orderCount = await db.Orders.CountAsync();
    return $"Exported {tickets.Count} tickets; {orderCount} orders in total";
}
