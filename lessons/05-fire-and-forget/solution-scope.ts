// Fix 2: background work opens its own DI scope and resolves the context from it.
const orderId = 40;
const order = await db.Orders.FirstAsync(o => o.Id == orderId);
order.Status = 'Shipped';
const customerId = order.CustomerId;

void Task.Run(async () => {
  await using scope = scopes.CreateAsyncScope();
  const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
  const open = await ctx.Tickets.CountAsync(t => t.CustomerId == customerId && t.IsOpen);
  console.log(`cache: customer has ${open} open tickets`);
});

await db.SaveChangesAsync();

void Task.Run(async () => {
  await Task.Delay(200); // sending the confirmation e-mail
  await using scope = scopes.CreateAsyncScope();
  const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
  ctx.AuditLog.Add(new AuditEntry({ Message: `Order ${orderId} shipped`, At: '2026-03-01 08:00:00' }));
  await ctx.SaveChangesAsync();
});

console.log('202 Accepted');
