// The same dashboard, with Promise.all's rule (PromiseAll, below) instead of Task.WhenAll.
var customerId = 7;

// Start all three queries, then wait for them together ("to make it faster").
var ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
var invoicesTask = db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
var ticketsTask = db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();

await PromiseAll(new List<Task> { ordersTask, invoicesTask, ticketsTask }); var (orders, invoices, tickets) = (await ordersTask, await invoicesTask, await ticketsTask);
Console.WriteLine($"{orders.Count} orders, {invoices.Count} invoices, {tickets.Count} open tickets");

// Promise.all's rule, which .NET has no method for: fail at the first failure, and leave the
// other tasks running, unobserved (Task.WhenAny observes nothing). Task.WhenAll instead waits
// for all of them, then throws the first failure; the rest are in .Exception.InnerExceptions.
async Task PromiseAll(List<Task> pending)
{
    while (pending.Count > 0)
    {
        var done = await Task.WhenAny(pending);
        await done; // the first failure ends it here; the tasks still pending are never awaited
        pending.Remove(done);
    }
}
