// The customer dashboard: orders, invoices and open tickets of one customer.
var customerId = 7;

// Start all three queries, then wait for them together ("to make it faster").
var ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
var invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
var ticketsTask = db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

await Task.WhenAll(ordersTask, invoicesTask, ticketsTask); var (orders, invoices, tickets) = (await ordersTask, await invoicesTask, await ticketsTask);
Console.WriteLine($"{orders.Count} orders, {invoices.Count} invoices, {tickets.Count} open tickets");
