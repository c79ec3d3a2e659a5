// Fix 1: await each query before starting the next one, on the request's context.
var customerId = 7;

var orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
var invoices = await db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
var tickets = await db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

Console.WriteLine($"{orders.Count} orders, {invoices.Count} invoices, {tickets.Count} open tickets");
