// Process an order and write an audit row.
var orderId = 42;

var orderTask = db.Orders.FirstOrDefaultAsync(o => o.Id == orderId); // no await
var auditTask = db.AuditLog.AddAsync(new AuditEntry { Message = $"Processed order {orderId}", At = new DateTime(2026, 3, 1, 8, 0, 0) }); // no await

await db.SaveChangesAsync();

var order = await orderTask;
Console.WriteLine($"Order {order?.Id} processed, status {order?.Status}");
