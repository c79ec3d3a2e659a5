// A short tour: a query, a change, a save, and two contexts working in parallel.
const customer = await db.Customers.FirstAsync(c => c.Id == 1);
console.log(`Hello, ${customer.Name}`);

customer.Email = 'first@example.com';
console.log(`State before saving: ${db.Entry(customer).State}`);
await db.SaveChangesAsync();

const pending = await db.Orders.Where(o => o.Status == 'Pending').OrderByDescending(o => o.Total).Take(3).ToListAsync();
console.log(`Top pending totals: ${pending.map(o => o.Total).join(', ')}`);

async function countOpenTickets() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Tickets.CountAsync(t => t.IsOpen);
}
async function countInvoices() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Invoices.CountAsync();
}
const [open, invoices] = await Task.WhenAll(countOpenTickets(), countInvoices());
console.log(`${open} open tickets, ${invoices} invoices`);
