// Ship order 40 through a retry policy with a timeout, on the request's context.
var orderId = 40;

async Task<string> ShipOrder(int attempt)
{   var order = await db.Orders.FirstAsync(o => o.Id == orderId);
    await CallShippingService(attempt);
    order.Status = "Shipped";
    await db.SaveChangesAsync();
    return $"attempt {attempt} shipped order {order.Id}";
}

Console.WriteLine(await RetryWithTimeout(ShipOrder, 3, 80));

// A small timeout-and-retry policy. Like a timeout that cannot cancel the work,
// it stops waiting for a slow attempt, but the attempt itself keeps running.
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

// Another service. The first call hits a slow moment on the network.
async Task CallShippingService(int attempt)
{   await Task.Delay(attempt == 1 ? 100 : 10);
}
