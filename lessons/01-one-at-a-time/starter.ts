// A method that awaits every call it makes on the context.
async function processUser(userId: number) {
  const user = await db.Users.FindAsync(userId);
  if (user == null) return;
  user.LastLogin = '2026-03-01 08:00:00';
  await db.SaveChangesAsync();
  // (In this model, user N's orders are customer N's orders.)
  const order = await db.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
  console.log(`User ${user.Name}: first order #${order?.Id}`);
}

// Part 1: called once. Every await finishes before the next call starts.
await processUser(1);

// Part 2: called for two users at the same time, on the same context.
await Task.WhenAll(processUser(2), processUser(3));
