[HttpGet("customers/{id:int}/summary")]
public async Task<IActionResult> Summary(int id)
{
    // Broken: the orders query may still be running when the customer query starts.
    var ordersTask = db.Orders.Where(o => o.CustomerId == id).ToListAsync();
    var rate = await currencyClient.GetRateAsync("EUR"); // ~5 ms locally, sometimes much longer in production
    var customer = await db.Customers.FirstAsync(c => c.Id == id); // throws when the orders query is slower than the HTTP call
    var orders = await ordersTask;

    return Ok(new { customer.Name, Count = orders.Count, Total = orders.Sum(o => o.Total) * rate });
}

[HttpGet("customers/{id:int}/summary")]
public async Task<IActionResult> SummaryFixed(int id)
{
    // Fix 1: one operation at a time on the request's context.
    var orders = await db.Orders.Where(o => o.CustomerId == id).ToListAsync();
    var rate = await currencyClient.GetRateAsync("EUR");
    var customer = await db.Customers.FirstAsync(c => c.Id == id);

    return Ok(new { customer.Name, Count = orders.Count, Total = orders.Sum(o => o.Total) * rate });
}
