// Fix 2: background work opens its own DI scope and resolves the context from it.
var orderId = 40;
var order = await db.Orders.FirstAsync(o => o.Id == orderId);
order.Status = "Shipped";
var customerId = order.CustomerId;

_ = Task.Run(async () =>
{   await using var scope = scopes.CreateAsyncScope();
    var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
    var open = await ctx.Tickets.CountAsync(t => t.CustomerId == customerId && t.IsOpen);
    Console.WriteLine($"cache: customer has {open} open tickets");
});

await db.SaveChangesAsync();

_ = Task.Run(async () =>
{   await Task.Delay(200); // sending the confirmation e-mail
    await using var scope = scopes.CreateAsyncScope();
    var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
    ctx.AuditLog.Add(new AuditEntry { Message = $"Order {orderId} shipped", At = new DateTime(2026, 3, 1, 8, 0, 0) });
    await ctx.SaveChangesAsync();
});

Console.WriteLine("202 Accepted");
