// Export tickets as a stream, with each ticket's customer name.
async function exportTickets() {
  let exported = 0;
  for await (const ticket of db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable()) {
    // Between two rows, on the stream's own flow.
    const customer = await db.Customers.FindAsync(ticket.CustomerId);
    console.log(`#${ticket.Id} ${ticket.Subject} (${customer?.Name})`);
    exported++;
  }
  return exported;
}

// The page header counts all orders while the export streams, on the same context.
const [exported, orderCount] = await Task.WhenAll(exportTickets(), db.Orders.CountAsync());
console.log(`Exported ${exported} tickets; ${orderCount} orders in total`);
