// Fix 2: the stream keeps the request's context to itself; the header uses its own context.
async function exportTickets() {
  let exported = 0;
  for await (const ticket of db.Tickets.OrderBy(t => t.Id).Take(5).AsAsyncEnumerable()) {
    const customer = await db.Customers.FindAsync(ticket.CustomerId);
    console.log(`#${ticket.Id} ${ticket.Subject} (${customer?.Name})`);
    exported++;
  }
  return exported;
}

async function countOrders() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.CountAsync();
}

const [exported, orderCount] = await Task.WhenAll(exportTickets(), countOrders());
console.log(`Exported ${exported} tickets; ${orderCount} orders in total`);
