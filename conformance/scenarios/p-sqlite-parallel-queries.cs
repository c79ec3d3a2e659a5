// @conformance provider=sqlite latency=0
// Real SQLite: each "async" query has finished before its call returns, so nothing overlaps.
var ordersTask = db.Orders.Where(o => o.CustomerId == 7).ToListAsync();
var invoicesTask = db.Invoices.Where(i => i.CustomerId == 7).ToListAsync();
var ticketsTask = db.Tickets.Where(t => t.CustomerId == 7 && t.IsOpen).ToListAsync();
await Task.WhenAll(ordersTask, invoicesTask, ticketsTask); var (orders, invoices, tickets) = (await ordersTask, await invoicesTask, await ticketsTask);
Console.WriteLine($"{orders.Count} orders, {invoices.Count} invoices, {tickets.Count} open tickets");
