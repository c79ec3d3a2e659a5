// The customer dashboard: orders, invoices and open tickets of one customer.
const customerId = 7;

// Start all three queries, then wait for them together ("to make it faster").
const ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const ticketsTask = db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

const [orders, invoices, tickets] = await Task.WhenAll(ordersTask, invoicesTask, ticketsTask);
console.log(`${orders.length} orders, ${invoices.length} invoices, ${tickets.length} open tickets`);
