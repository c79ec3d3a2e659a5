// Fix 1: finish one unit of work before starting the next.
async function processUser(userId: number) {
  const user = await db.Users.FindAsync(userId);
  if (user == null) return;
  user.LastLogin = '2026-03-01 08:00:00';
  await db.SaveChangesAsync();
  const order = await db.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
  console.log(`User ${user.Name}: first order #${order?.Id}`);
}

await processUser(1);

// One after the other: the context only ever has one operation in flight.
await processUser(2);
await processUser(3);
