// Fix 2: each parallel query owns its context, from creation to disposal.
var customerId = 7;

async Task<List<Order>> LoadOrders() {
  await using var ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
}

async Task<List<Invoice>> LoadInvoices() {
  await using var ctx = await factory.CreateDbContextAsync();
  return await ctx.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
}

async Task<List<Ticket>> LoadTickets() {
  await using var ctx = await factory.CreateDbContextAsync();
  return await ctx.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();
}

var ordersTask = LoadOrders(); var invoicesTask = LoadInvoices(); var ticketsTask = LoadTickets(); await Task.WhenAll(ordersTask, invoicesTask, ticketsTask);
Console.WriteLine($"{(await ordersTask).Count} orders, {(await invoicesTask).Count} invoices, {(await ticketsTask).Count} open tickets");
