// Synchronous work on one context while a background flow works on its own context.
const bg = Task.Run(async () => {
  await using ctx = await factory.CreateDbContextAsync();
  await Task.Delay(10);
  console.log(`background: ${await ctx.Orders.CountAsync()} orders`);
});
const u = db.Users.First(x => x.Id == 8);
u.Name = 'Sync eight';
console.log(`saved ${db.SaveChanges()}`);
await bg;
