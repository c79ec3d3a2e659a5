// @conformance provider=sqlite latency=0
// Real SQLite: each "async" query has finished before its call returns, so nothing overlaps.
const ordersTask = db.Orders.Where(o => o.CustomerId == 7).ToListAsync();
const invoicesTask = db.Invoices.Where(i => i.CustomerId == 7).ToListAsync();
const ticketsTask = db.Tickets.Where(t => t.CustomerId == 7 && t.IsOpen).ToListAsync();
const [orders, invoices, tickets] = await Task.WhenAll(ordersTask, invoicesTask, ticketsTask);
console.log(`${orders.length} orders, ${invoices.length} invoices, ${tickets.length} open tickets`);
