// Broken: the query is still running when SaveChangesAsync starts.
public async Task ProcessOrderAsync(int orderId)
{
    var orderTask = db.Orders.FirstOrDefaultAsync(o => o.Id == orderId); // no await
    var auditTask = db.AuditLog.AddAsync(new AuditEntry { Message = $"Processed order {orderId}", At = DateTime.UtcNow }); // no await
    await db.SaveChangesAsync(); // InvalidOperationException: the query still holds the context

    var order = await orderTask;
}

// Fix: await each call immediately.
public async Task ProcessOrderFixedAsync(int orderId)
{
    var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId);
    await db.AuditLog.AddAsync(new AuditEntry { Message = $"Processed order {orderId}", At = DateTime.UtcNow });
    await db.SaveChangesAsync();
}
