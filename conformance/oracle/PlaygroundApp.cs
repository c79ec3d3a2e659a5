// The simulated web host of the snippet API (`app`): registrations and concurrent requests, each
// in its own DI scope and flow; a request that throws answers 500 (the host logs it, nothing
// rethrows), and its scope is disposed when the handler completes. Mirrors src/sim/lifetimes.ts.
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Playground.Oracle;

public sealed class HttpContext(IServiceProvider services, string traceIdentifier)
{
    public IServiceProvider RequestServices { get; } = services;
    public string TraceIdentifier { get; } = traceIdentifier;
}

public sealed class HandledRequest
{
    public int Id { get; init; }
    public int Status { get; set; }
    public double Start { get; init; }
    public double End { get; set; }
}

public sealed class PlaygroundServices(Run run)
{
    /** How scopes resolve the context from now on; must come before the first use of `db`. */
    public PlaygroundServices AddDbContext<TContext>(ServiceLifetime lifetime = ServiceLifetime.Scoped) where TContext : DbContext
    {
        run.ContextLifetime = lifetime;
        return this;
    }

    public PlaygroundServices AddDbContextFactory<TContext>() where TContext : DbContext => this;
}

public sealed class PlaygroundApp
{
    private readonly Run run;
    private int nextRequest = 1;

    public PlaygroundApp(Run run)
    {
        this.run = run;
        Services = new PlaygroundServices(run);
    }

    public PlaygroundServices Services { get; }

    public Task<HandledRequest[]> HandleRequests(int count, Func<HttpContext, Task> handler, double staggerMs = 0) =>
        HandleAll(count, staggerMs, handler);

    public Task<HandledRequest[]> HandleRequests<T>(int count, Func<HttpContext, Task<T>> handler, double staggerMs = 0) =>
        HandleAll(count, staggerMs, http => handler(http));

    private async Task<HandledRequest[]> HandleAll(int count, double staggerMs, Func<HttpContext, Task> handler)
    {
        var requests = new Task<HandledRequest>[count];
        for (var i = 0; i < count; i++) requests[i] = HandleOne(handler, staggerMs * i);
        return await Task.WhenAll(requests);
    }

    private async Task<HandledRequest> HandleOne(Func<HttpContext, Task> handler, double delayMs)
    {
        if (delayMs > 0) await run.Clock.Delay(delayMs);
        else await run.Clock.Yield();
        var id = nextRequest++;
        var request = new HandledRequest { Id = id, Start = run.Clock.NowMs, Status = 200 };
        await using var scope = run.Services.CreateAsyncScope();
        try
        {
            await handler(new HttpContext(scope.ServiceProvider, $"request-{id}"));
        }
        catch (Exception)
        {
            request.Status = 500;
        }
        request.End = run.Clock.NowMs;
        return request;
    }
}
