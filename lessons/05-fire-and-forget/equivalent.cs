// Broken: background tasks capture the request's context.
[HttpPost("orders/{id:int}/ship")]
public async Task<IActionResult> Ship(int id)
{
    var order = await db.Orders.FirstAsync(o => o.Id == id);
    order.Status = "Shipped";

    _ = Task.Run(async () =>
    {
        var open = await db.Tickets.CountAsync(t => t.CustomerId == order.CustomerId && t.IsOpen); // overlaps SaveChangesAsync
        cache.Set($"open-tickets:{order.CustomerId}", open);
    });

    await db.SaveChangesAsync();

    _ = Task.Run(async () =>
    {
        await emailSender.SendShippedAsync(id);
        db.AuditLog.Add(new AuditEntry { Message = $"Order {id} shipped", At = DateTime.UtcNow }); // ObjectDisposedException
        await db.SaveChangesAsync();
    });

    return Accepted();
}

// Fix 1: inject IDbContextFactory<AppDb> and create a context inside the task.
_ = Task.Run(async () =>
{
    await emailSender.SendShippedAsync(id);
    await using var ctx = await contextFactory.CreateDbContextAsync();
    ctx.AuditLog.Add(new AuditEntry { Message = $"Order {id} shipped", At = DateTime.UtcNow });
    await ctx.SaveChangesAsync();
});

// Fix 2: inject IServiceScopeFactory and open a scope inside the task.
_ = Task.Run(async () =>
{
    await emailSender.SendShippedAsync(id);
    await using var scope = scopeFactory.CreateAsyncScope();
    var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
    ctx.AuditLog.Add(new AuditEntry { Message = $"Order {id} shipped", At = DateTime.UtcNow });
    await ctx.SaveChangesAsync();
});
