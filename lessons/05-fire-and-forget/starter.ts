// POST /orders/40/ship. This snippet is the request handler: `db` is the request's context,
// and the request's DI scope disposes it when the snippet's body ends.
const orderId = 40;
const order = await db.Orders.FirstAsync(o => o.Id == orderId);
order.Status = 'Shipped';

// Background job 1: refresh a cache, without making the caller wait.
void Task.Run(async () => {
  const open = await db.Tickets.CountAsync(t => t.CustomerId == order.CustomerId && t.IsOpen);
  console.log(`cache: customer has ${open} open tickets`);
});

await db.SaveChangesAsync();

// Background job 2: write an audit row once the e-mail has gone out.
void Task.Run(async () => {
  await Task.Delay(200); // sending the confirmation e-mail
  db.AuditLog.Add(new AuditEntry({ Message: `Order ${orderId} shipped`, At: '2026-03-01 08:00:00' }));
  await db.SaveChangesAsync();
});

console.log('202 Accepted');
