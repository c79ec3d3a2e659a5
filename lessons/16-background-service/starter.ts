// A BackgroundService (a singleton) resolves the context once, at start-up, and keeps it.
const startup = scopes.CreateScope();
const workerDb = startup.ServiceProvider.GetRequiredService(AppDb);

// Each tick counts the open tickets for the dashboard, and logs a failure instead of crashing.
async function tick(n: number) {
  try {
    const open = await workerDb.Tickets.CountAsync(t => t.IsOpen);
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
// Start-up is over: the scope it created is disposed, and the captured context with it.
startup.Dispose();
await Task.Delay(20);
ticks.push(Task.Run(() => tick(3)));
await Task.WhenAll(ticks);
