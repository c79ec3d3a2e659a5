// Fix 2: each parallel query owns its context, from creation to disposal.
const customerId = 7;

async function loadOrders() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
}

async function loadInvoices() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
}

async function loadTickets() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();
}

const [orders, invoices, tickets] = await Task.WhenAll(loadOrders(), loadInvoices(), loadTickets());
console.log(`${orders.length} orders, ${invoices.length} invoices, ${tickets.length} open tickets`);
