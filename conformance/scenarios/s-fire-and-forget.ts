// Fire-and-forget work that outlives its context: an unobserved ObjectDisposedException.
const ctx = await factory.CreateDbContextAsync();
void Task.Run(async () => {
  await Task.Delay(100);
  console.log(`${await ctx.Customers.CountAsync()} customers`);
});
await ctx.DisposeAsync();
console.log('disposed');
