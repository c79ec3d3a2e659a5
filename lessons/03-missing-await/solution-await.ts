// Fix: await every call before the next one touches the context.
const orderId = 42;

const order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId);
await db.AuditLog.AddAsync(new AuditEntry({ Message: `Processed order ${orderId}`, At: '2026-03-01 08:00:00' }));

await db.SaveChangesAsync();

console.log(`Order ${order?.Id} processed, status ${order?.Status}`);
