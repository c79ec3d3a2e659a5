// Fix: the service keeps IServiceScopeFactory (a singleton) and opens a scope for every tick.
var scopeFactory = scopes;

// Each tick resolves its own context from its own scope, and disposes both when it ends.
async Task Tick(int n)
{   try
    {   await using var scope = scopeFactory.CreateAsyncScope();
        var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
        var open = await ctx.Tickets.CountAsync(t => t.IsOpen);
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
// Start-up is over; nothing the ticks use was created by it.
await Task.Delay(20);
ticks.Add(Task.Run(() => Tick(3)));
await Task.WhenAll(ticks);
