// Fix 1: await the orders query before the context is used again.
const customerId = 7;

const orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const rate = await getExchangeRate('EUR');
const customer = await db.Customers.FirstAsync(c => c.Id == customerId);

const total = orders.reduce((sum, o) => sum + o.Total, 0) * rate;
console.log(`${customer.Name}: ${orders.length} orders, ${total.toFixed(2)} EUR`);

async function getExchangeRate(currency: string) {
  await Task.Delay(5);
  return currency === 'EUR' ? 0.92 : 1;
}
