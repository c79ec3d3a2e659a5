// Fix: every attempt creates (and disposes) a fresh context.
var orderId = 40;

async Task<string> ShipOrder(int attempt)
{   await using var ctx = await factory.CreateDbContextAsync();
    var order = await ctx.Orders.FirstAsync(o => o.Id == orderId);
    await CallShippingService(attempt);
    order.Status = "Shipped";
    await ctx.SaveChangesAsync();
    return $"attempt {attempt} shipped order {order.Id}";
}

Console.WriteLine(await RetryWithTimeout(ShipOrder, 3, 80));

async Task<string> RetryWithTimeout(Func<int, Task<string>> action, int attempts, int timeoutMs)
{   for (var attempt = 1; attempt <= attempts; attempt++)
    {   var work = action(attempt);
        var timeout = Task.Delay(timeoutMs);
        var first = await Task.WhenAny(work, timeout); // the task that finished first
        if (first == work) return await work;
        Console.WriteLine($"attempt {attempt} timed out after {timeoutMs} ms; retrying");
    }
    throw new TimeoutException("All attempts timed out");
}

async Task CallShippingService(int attempt)
{   await Task.Delay(attempt == 1 ? 100 : 10);
}
