// Fix 1: materialize the rows, then run the other query. One operation at a time.
async function exportTickets() {
  const tickets = await db.Tickets.OrderBy(t => t.Id).Take(5).ToListAsync();
  for (const ticket of tickets) {
    const customer = await db.Customers.FindAsync(ticket.CustomerId);
    console.log(`#${ticket.Id} ${ticket.Subject} (${customer?.Name})`);
  }
  return tickets.length;
}

const exported = await exportTickets();
const orderCount = await db.Orders.CountAsync();
console.log(`Exported ${exported} tickets; ${orderCount} orders in total`);
