// Fix 1: await each query before starting the next one, on the request's context.
const customerId = 7;

const orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const invoices = await db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const tickets = await db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

console.log(`${orders.length} orders, ${invoices.length} invoices, ${tickets.length} open tickets`);
