// A BackgroundService (a singleton) resolves the context once, at start-up, and keeps it.
var startup = scopes.CreateScope();
var workerDb = startup.ServiceProvider.GetRequiredService<AppDb>();

// Each tick counts the open tickets for the dashboard, and logs a failure instead of crashing.
async Task Tick(int n)
{   try
    {   var open = await workerDb.Tickets.CountAsync(t => t.IsOpen);
        Console.WriteLine($"tick {n}: {open} open tickets");
    } catch (Exception e)
    {   Console.WriteLine($"tick {n} failed: {(e is ObjectDisposedException ? "ObjectDisposedException" : "InvalidOperationException")}");
    }
}

// A System.Threading.Timer fires every 20 ms and never waits for the previous tick.
var ticks = new List<Task>();
for (var n = 1; n <= 2; n++)
{   var tickNumber = n; ticks.Add(Task.Run(() => Tick(tickNumber)));
    await Task.Delay(20);
}
// Start-up is over: the scope it created is disposed, and the captured context with it.
startup.Dispose();
await Task.Delay(20);
ticks.Add(Task.Run(() => Tick(3)));
await Task.WhenAll(ticks);
