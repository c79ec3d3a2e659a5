// Fix 2: work that really runs at the same time gets its own context.
async function processUser(ctx: AppDb, userId: number) {
  const user = await ctx.Users.FindAsync(userId);
  if (user == null) return;
  user.LastLogin = '2026-03-01 08:00:00';
  await ctx.SaveChangesAsync();
  const order = await ctx.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
  console.log(`User ${user.Name}: first order #${order?.Id}`);
}

// Each concurrent call creates, uses and disposes its own context.
async function processUserInOwnContext(userId: number) {
  await using ctx = await factory.CreateDbContextAsync();
  await processUser(ctx, userId);
}

await processUser(db, 1);
await Task.WhenAll(processUserInOwnContext(2), processUserInOwnContext(3));
