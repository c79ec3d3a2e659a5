// POST /orders/40/ship. This script is the request handler: `db` is the request's context,
// and the request's DI scope disposes it when the script's body ends.
var orderId = 40;
var order = await db.Orders.FirstAsync(o => o.Id == orderId);
order.Status = "Shipped";

// Background job 1: refresh a cache, without making the caller wait.
_ = Task.Run(async () =>
{   var open = await db.Tickets.CountAsync(t => t.CustomerId == order.CustomerId && t.IsOpen);
    Console.WriteLine($"cache: customer has {open} open tickets");
});

await db.SaveChangesAsync();

// Background job 2: write an audit row once the e-mail has gone out.
_ = Task.Run(async () =>
{   await Task.Delay(200); // sending the confirmation e-mail
    db.AuditLog.Add(new AuditEntry { Message = $"Order {orderId} shipped", At = new DateTime(2026, 3, 1, 8, 0, 0) });
    await db.SaveChangesAsync();
});

Console.WriteLine("202 Accepted");
