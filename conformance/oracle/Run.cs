// One scenario's run: the services (DI), the request scope behind `db`, the record of contexts,
// SQL and entry states, and the hooks the generated AppDb calls. One run at a time (Run.Current).
using System.Runtime.CompilerServices;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Playground.Oracle;

public sealed record SqlEntry(double at, int context, string parameters, string text, bool failed, long seq);
public sealed record EntryState(int context, string entity, object? key, string state);
public sealed record ContextRecord(int id, double createdAt)
{
    public double? disposedAt { get; set; }
}

public sealed class Run
{
    public static Run Current { get; private set; } = null!;
    public static VirtualRuntime Time => Current.Clock;

    public required VirtualRuntime Clock { get; init; }
    public required CompiledModel Model { get; init; }
    public required string ConnectionString { get; init; }
    public required double LatencyMs { get; init; }
    /**
     * Real Microsoft.Data.Sqlite, untouched: no latency interceptor, so its async methods complete
     * synchronously as they do in production (the simulator's `sqlite` provider).
     */
    public bool RealSqlite { get; init; }

    public PlaygroundApp App { get; }
    internal ServiceLifetime ContextLifetime = ServiceLifetime.Scoped;
    private ServiceProvider? services;
    private AsyncServiceScope? requestScope;
    private bool requestEnded;

    private readonly Dictionary<DbContext, ContextRecord> contexts = new(ReferenceEqualityComparer.Instance);
    public List<ContextRecord> Contexts { get; } = [];
    public List<EntryState> Entries { get; } = [];
    public List<SqlEntry> Sql { get; } = [];
    private readonly ConditionalWeakTable<DbCommand, object> commandStarts = new();
    private long sqlSeq;

    public Run() => App = new PlaygroundApp(this);

    public static void Begin(Run run) => Current = run;

    public IServiceProvider Services => services ??= BuildServices();

    private ServiceProvider BuildServices()
    {
        var collection = new ServiceCollection();
        Model.Register(collection, ContextLifetime);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false });
    }

    /** `db`: the request-scoped context, resolved on first use (so a registration made first applies). */
    public object RequestDb()
    {
        // Like an injected field: once resolved, the same instance (disposed after the request).
        if (requestDb is not null) return requestDb;
        if (requestEnded) throw new ObjectDisposedException(nameof(IServiceProvider));
        requestScope ??= Services.CreateAsyncScope();
        return requestDb = requestScope.Value.ServiceProvider.GetRequiredService(Model.Assembly.GetType(Model.Meta.contextName)!);
    }

    private object? requestDb;

    /** The script's body has ended: its request scope disposes `db`, as ASP.NET Core does. */
    public async Task EndRequestAsync()
    {
        requestEnded = true;
        if (requestScope is { } scope) await scope.DisposeAsync();
    }

    public async Task DisposeServicesAsync()
    {
        if (services is not null) await services.DisposeAsync();
    }

    public void Configure(DbContextOptionsBuilder o)
    {
        o.UseSqlite(ConnectionString);
        if (!RealSqlite) o.AddInterceptors(new LatencyInterceptor(this));
        o.LogTo((id, _) => id == RelationalEventId.CommandExecuted || id == RelationalEventId.CommandError, OnLog);
    }

    internal void OnCommandStart(DbCommand command)
    {
        commandStarts.AddOrUpdate(command, Clock.NowMs);
    }

    private void OnLog(EventData data)
    {
        if (data is not CommandEventData command) return;
        var start = commandStarts.TryGetValue(command.Command, out var at) ? (double)at : Clock.NowMs;
        var message = data.ToString();
        // "Executed DbCommand (30ms) [Parameters=[...], CommandType='Text', CommandTimeout='30']\nSQL"
        var parameters = "";
        var open = message.IndexOf("[Parameters=[", StringComparison.Ordinal);
        var close = message.IndexOf("], CommandType=", StringComparison.Ordinal);
        if (open >= 0 && close > open) parameters = message[(open + 13)..close];
        var id = command.Context is { } ctx && contexts.TryGetValue(ctx, out var rec) ? rec.id : 0;
        var text = command.Command.CommandText.Replace("\r\n", "\n");
        Sql.Add(new SqlEntry(start, id, parameters, text, data is CommandErrorEventData, sqlSeq++));
    }

    public void OnCreated(DbContext context)
    {
        var record = new ContextRecord(Contexts.Count + 1, Clock.NowMs);
        contexts[context] = record;
        Contexts.Add(record);
    }

    public void OnDisposing(DbContext context)
    {
        if (!contexts.TryGetValue(context, out var record) || record.disposedAt is not null) return;
        SnapshotEntries(context, record.id);
        record.disposedAt = Clock.NowMs;
    }

    /** Entries of contexts never disposed, at the end of the run. */
    public void SnapshotLiveContexts()
    {
        foreach (var (context, record) in contexts)
            if (record.disposedAt is null) SnapshotEntries(context, record.id);
    }

    /** The tracker's states as they stand, without running DetectChanges (which would change them). */
    private void SnapshotEntries(DbContext context, int id)
    {
        var tracker = context.ChangeTracker;
        var auto = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries())
            {
                var key = entry.Metadata.FindPrimaryKey()?.Properties.FirstOrDefault();
                var value = key is null ? null : entry.Property(key.Name).CurrentValue;
                Entries.Add(new EntryState(id, entry.Metadata.ClrType.Name, value, entry.State.ToString()));
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = auto;
        }
    }
}

/** Adds the run's latency to every command: awaited on the virtual clock when async, a nested pump when sync. */
public sealed class LatencyInterceptor(Run run) : DbCommandInterceptor
{
    /**
     * Task-based on purpose: continuations of a completed Task run inline on the pump, which keeps
     * EF Core's ConfigureAwait(false) continuations on the pump's single thread.
     */
    private async Task<T> DelayAsync<T>(DbCommand command, T result, CancellationToken ct)
    {
        run.OnCommandStart(command);
        var site = ScenarioRunner.SiteNow();
        await run.Clock.Delay(run.LatencyMs, ct).ConfigureAwait(false);
        ScenarioRunner.CommandSite = site;
        return result;
    }

    private void Delay(DbCommand command)
    {
        run.OnCommandStart(command);
        var site = ScenarioRunner.SiteNow();
        run.Clock.Sleep(run.LatencyMs);
        ScenarioRunner.CommandSite = site;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        new(DelayAsync(command, result, cancellationToken));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        new(DelayAsync(command, result, cancellationToken));

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        new(DelayAsync(command, result, cancellationToken));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Delay(command);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Delay(command);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Delay(command);
        return result;
    }
}
