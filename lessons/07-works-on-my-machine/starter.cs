// GET /customers/7/summary. The orders query is started early "to save time",
// and the handler calls the currency service while it runs.
var customerId = 7;

var ordersTask = db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
var rate = await GetExchangeRate("EUR"); // an HTTP call, about 5 ms
var customer = await db.Customers.FirstAsync(c => c.Id == customerId);
var orders = await ordersTask;

var total = orders.Sum(o => o.Total) * rate;
Console.WriteLine($"{customer.Name}: {orders.Count} orders, {total:F2} EUR");

// Stands in for a call to another service: no database involved.
async Task<double> GetExchangeRate(string currency)
{   await Task.Delay(5);
    return currency == "EUR" ? 0.92 : 1;
}
