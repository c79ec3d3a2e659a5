// Fix 1: await the orders query before the context is used again.
var customerId = 7;

var orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
var rate = await GetExchangeRate("EUR");
var customer = await db.Customers.FirstAsync(c => c.Id == customerId);

var total = orders.Sum(o => o.Total) * rate;
Console.WriteLine($"{customer.Name}: {orders.Count} orders, {total:F2} EUR");

async Task<double> GetExchangeRate(string currency)
{   await Task.Delay(5);
    return currency == "EUR" ? 0.92 : 1;
}
