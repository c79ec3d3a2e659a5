// Synchronous work on one context while a background flow works on its own context.
var bg = Task.Run(async () => {
  await using var ctx = await factory.CreateDbContextAsync();
  await Task.Delay(10);
  Console.WriteLine($"background: {await ctx.Orders.CountAsync()} orders");
});
var u = db.Users.First(x => x.Id == 8);
u.Name = "Sync eight";
Console.WriteLine($"saved {db.SaveChanges()}");
await bg;
