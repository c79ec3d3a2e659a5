// Fix 2: keep the early start, but give the early query a context of its own.
var customerId = 7;

async Task<List<Order>> LoadOrders()
{   await using var ctx = await factory.CreateDbContextAsync();
    return await ctx.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
}

var ordersTask = LoadOrders();
var rate = await GetExchangeRate("EUR");
var customer = await db.Customers.FirstAsync(c => c.Id == customerId);
var orders = await ordersTask;

var total = orders.Sum(o => o.Total) * rate;
Console.WriteLine($"{customer.Name}: {orders.Count} orders, {total:F2} EUR");

async Task<double> GetExchangeRate(string currency)
{   await Task.Delay(5);
    return currency == "EUR" ? 0.92 : 1;
}
