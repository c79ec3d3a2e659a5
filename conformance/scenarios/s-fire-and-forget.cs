// Fire-and-forget work that outlives its context: an unobserved ObjectDisposedException.
var ctx = await factory.CreateDbContextAsync();
_ = Task.Run(async () => {
  await Task.Delay(100);
  Console.WriteLine($"{await ctx.Customers.CountAsync()} customers");
});
await ctx.DisposeAsync();
Console.WriteLine("disposed");
