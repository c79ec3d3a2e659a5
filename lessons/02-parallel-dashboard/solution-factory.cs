// Fix 2: each parallel query owns its context, from creation to disposal.
var customerId = 7;

async Task<List<Order>> LoadOrders()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
}

async Task<List<Invoice>> LoadInvoices()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
}

async Task<List<Ticket>> LoadTickets()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();
}

var (ordersTask, invoicesTask, ticketsTask) = (LoadOrders(), LoadInvoices(), LoadTickets()); await Task.WhenAll(ordersTask, invoicesTask, ticketsTask); var (orders, invoices, tickets) = (await ordersTask, await invoicesTask, await ticketsTask);
Console.WriteLine($"{orders.Count} orders, {invoices.Count} invoices, {tickets.Count} open tickets");
