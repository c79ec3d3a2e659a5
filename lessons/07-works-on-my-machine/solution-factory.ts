// Fix 2: keep the early start, but give the early query a context of its own.
const customerId = 7;

async function loadOrders() {
  await using ctx = await factory.CreateDbContextAsync();
  return await ctx.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
}

const ordersTask = loadOrders();
const rate = await getExchangeRate('EUR');
const customer = await db.Customers.FirstAsync(c => c.Id == customerId);
const orders = await ordersTask;

const total = orders.reduce((sum, o) => sum + o.Total, 0) * rate;
console.log(`${customer.Name}: ${orders.length} orders, ${total.toFixed(2)} EUR`);

async function getExchangeRate(currency: string) {
  await Task.Delay(5);
  return currency === 'EUR' ? 0.92 : 1;
}
