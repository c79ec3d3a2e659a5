// GET /customers/7/summary. The orders query is started early "to save time",
// and the handler calls the currency service while it runs.
const customerId = 7;

const ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const rate = await getExchangeRate('EUR'); // an HTTP call, about 5 ms
const customer = await db.Customers.FirstAsync(c => c.Id == customerId);
const orders = await ordersTask;

const total = orders.reduce((sum, o) => sum + o.Total, 0) * rate;
console.log(`${customer.Name}: ${orders.length} orders, ${total.toFixed(2)} EUR`);

// Stands in for a call to another service: no database involved.
async function getExchangeRate(currency: string) {
  await Task.Delay(5);
  return currency === 'EUR' ? 0.92 : 1;
}
