// Process an order and write an audit row.
const orderId = 42;

const orderTask = db.Orders.FirstOrDefaultAsync(o => o.Id == orderId); // no await
const auditTask = db.AuditLog.AddAsync(new AuditEntry({ Message: `Processed order ${orderId}`, At: '2026-03-01 08:00:00' })); // no await

await db.SaveChangesAsync();

const order = await orderTask;
console.log(`Order ${order?.Id} processed, status ${order?.Status}`);
