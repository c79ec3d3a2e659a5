// Fix: the service keeps IServiceScopeFactory (a singleton) and opens a scope for every tick.
const scopeFactory = scopes;

// Each tick resolves its own context from its own scope, and disposes both when it ends.
async function tick(n: number) {
  try {
    await using scope = scopeFactory.CreateAsyncScope();
    const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
    const open = await ctx.Tickets.CountAsync(t => t.IsOpen);
    console.log(`tick ${n}: ${open} open tickets`);
  } catch (e) {
    console.log(`tick ${n} failed: ${e instanceof ObjectDisposedException ? "ObjectDisposedException" : "InvalidOperationException"}`);
  }
}

// A System.Threading.Timer fires every 20 ms and never waits for the previous tick.
const ticks: Promise<void>[] = [];
for (let n = 1; n <= 2; n++) {
  ticks.push(Task.Run(() => tick(n)));
  await Task.Delay(20);
}
// Start-up is over; nothing the ticks use was created by it.
await Task.Delay(20);
ticks.push(Task.Run(() => tick(3)));
await Task.WhenAll(ticks);
