// Polly (v7 API): retry on timeout, with a pessimistic timeout per attempt.
// A pessimistic timeout walks away from an attempt that ignores cancellation; the attempt keeps running.
var timeout = Policy.TimeoutAsync(TimeSpan.FromMilliseconds(80), TimeoutStrategy.Pessimistic);
var retry = Policy.Handle<TimeoutRejectedException>().RetryAsync(2);
var policy = retry.WrapAsync(timeout);

// Broken: every attempt uses the same injected context.
var result = await policy.ExecuteAsync(async () =>
{
    var order = await db.Orders.FirstAsync(o => o.Id == orderId);
    await shippingClient.ShipAsync(order.Id); // the first call stalls
    order.Status = "Shipped";
    await db.SaveChangesAsync(); // the abandoned attempt collides with the retry here
    return $"shipped order {order.Id}";
});

// Fix: a fresh context per attempt.
var fixedResult = await policy.ExecuteAsync(async () =>
{
    await using var ctx = await contextFactory.CreateDbContextAsync();
    var order = await ctx.Orders.FirstAsync(o => o.Id == orderId);
    await shippingClient.ShipAsync(order.Id);
    order.Status = "Shipped";
    await ctx.SaveChangesAsync();
    return $"shipped order {order.Id}";
});
