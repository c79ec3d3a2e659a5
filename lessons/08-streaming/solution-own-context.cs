// Fix 2: the stream keeps the request's context to itself; the header uses its own context.
async Task<int> ExportTickets() {
  var exported = 0;
  await foreach (var ticket in db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable()) {
    var customer = await db.Customers.FindAsync(ticket.CustomerId);
    Console.WriteLine($"#{ticket.Id} {ticket.Subject} ({customer?.Name})");
    exported++;
  }
  return exported;
}

async Task<int> CountOrders() {
  await using var ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.CountAsync();
}

var counts = await Task.WhenAll(ExportTickets(), CountOrders());
Console.WriteLine($"Exported {counts[0]} tickets; {counts[1]} orders in total");
