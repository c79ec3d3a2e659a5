// Fix: await every call before the next one touches the context.
var orderId = 42;

var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId);
await db.AuditLog.AddAsync(new AuditEntry { Message = $"Processed order {orderId}", At = new DateTime(2026, 3, 1, 8, 0, 0) });

await db.SaveChangesAsync();

Console.WriteLine($"Order {order?.Id} processed, status {order?.Status}");
