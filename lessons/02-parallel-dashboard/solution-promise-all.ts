// The same dashboard, written the TypeScript way: Promise.all instead of Task.WhenAll.
const customerId = 7;

// Start all three queries, then wait for them together ("to make it faster").
const ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const ticketsTask = db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

const [orders, invoices, tickets] = await Promise.all([ordersTask, invoicesTask, ticketsTask]);
console.log(`${orders.length} orders, ${invoices.length} invoices, ${tickets.length} open tickets`);

// The same collision, but not the same failure. Promise.all rejects at the FIRST rejection
// (the invoices query, at 0 ms) and does not wait for the others: the exception reaches this
// code while the orders query is still running. Nothing awaits it any more, so the request
// ends, its context is disposed under it, and its failure (like the tickets query's) reaches
// no code at all: the run reports both as unobserved. Run it and watch the orders bar go on
// after the exception.
//
// Task.WhenAll (the starter) waits for every task, then its await throws the first failure
// in task order; the others stay in whenAll.Exception.InnerExceptions.
// Neither one starts anything: each query began on its own line above, when it was called.
// (The C# twin spells Promise.all's rule out with Task.WhenAny, since .NET has no such
// method; it behaves the same on real EF Core.)
