// The oracle's deterministic clock and scheduler.
//
// Real EF Core on SQLite never overlaps by itself: Microsoft.Data.Sqlite has no async I/O. The
// oracle adds the run's latency to every command (LatencyInterceptor), and to keep the outcome
// certain rather than timing-dependent, all work of a run executes on ONE thread, the pump:
//  - work items are plain callbacks on the pump's queue, run with no SynchronizationContext and no
//    TaskScheduler of ours current. That matters: .NET refuses to inline a ConfigureAwait(false)
//    continuation (all of EF Core's, and Roslyn scripting's) while a custom scheduler or context
//    is current, and would hand it to the thread pool, out of the pump's sight. With none current,
//    every continuation runs inline on the thread that completed its task: the pump;
//  - Task.Run / Task.Yield / Parallel.ForEachAsync / Task.Delay in scripts are rewritten onto the
//    pump and this clock (ScriptRewriter).
// Virtual time advances only when the pump has nothing left to run: then the earliest timer fires
// (ties in creation order). A synchronous wait (a sync command's latency, a blocking .Result) runs
// a nested pump until its condition holds, modelling the other threads that would run meanwhile.
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Playground.Oracle;

public sealed class RunStoppedException(string reason) : Exception(reason);

/** Awaiting it continues on the pump, after the work already queued (Task.Yield's meaning, on the pump). */
public readonly struct PumpYield(VirtualRuntime clock) : INotifyCompletion
{
    public PumpYield GetAwaiter() => this;
    public bool IsCompleted => false;
    public void OnCompleted(Action continuation) => clock.Post(continuation);
    public void GetResult() { }
}

public sealed class VirtualRuntime : TimeProvider
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly PriorityQueue<VirtualTimer, (long due, long seq)> timers = new();
    private long seq;
    private long steps;
    private readonly Stopwatch wall = Stopwatch.StartNew();

    private readonly Queue<Action> queue = new();
    private Thread? pumpThread;
    internal static readonly bool Debug = Environment.GetEnvironmentVariable("ORACLE_DEBUG") == "1";
    /** Virtual time in ticks (100 ns) since the run started. */
    public long NowTicks { get; private set; }
    public double NowMs => NowTicks / (double)TimeSpan.TicksPerMillisecond;

    public long MaxVirtualMs { get; init; } = 600_000;
    public long MaxSteps { get; init; } = 2_000_000;
    public TimeSpan MaxWall { get; init; } = TimeSpan.FromSeconds(20);

    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(NowTicks);
    public override long GetTimestamp() => NowTicks;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void Schedule(VirtualTimer timer, long dueTicks)
    {
        lock (timers) timers.Enqueue(timer, (dueTicks, seq++));
    }

    /** Runs `entry` on the pump until it and everything it started (timers, queued work) are done. */
    public void RunToCompletion(Func<bool> done)
    {
        pumpThread = Thread.CurrentThread;
        RunUntil(done, allowIdleExit: true);
    }

    /**
     * An awaitable delay whose continuations run inline when the timer fires (on the pump).
     * Task.Delay(TimeSpan, TimeProvider) would hand ConfigureAwait(false) continuations to the
     * thread pool, out of the pump's sight.
     */
    public Task Delay(double ms, CancellationToken ct = default)
    {
        var tcs = new TaskCompletionSource();
        var timer = CreateTimer(_ => tcs.TrySetResult(), null, TimeSpan.FromMilliseconds(Math.Max(0, ms)), Timeout.InfiniteTimeSpan);
        if (ct.CanBeCanceled) ct.Register(() => { timer.Dispose(); tcs.TrySetCanceled(ct); });
        return tcs.Task;
    }

    /** Queues work for the pump. Safe from any thread. */
    public void Post(Action work)
    {
        if (Debug && pumpThread is not null && Thread.CurrentThread != pumpThread)
            Console.Error.WriteLine($"[pump] posted from thread {Environment.CurrentManagedThreadId}:\n{Environment.StackTrace}");
        lock (queue) queue.Enqueue(work);
    }

    public PumpYield Yield() => new(this);

    private bool TryRunOne()
    {
        Action? next;
        lock (queue)
        {
            if (!queue.TryDequeue(out next)) return false;
        }
        ScenarioRunner.CommandSite = null; // a new work item: no command is resuming
        next();
        return true;
    }

    /** A synchronous wait of `ms` virtual milliseconds: the nested pump runs everything else meanwhile. */
    public void Sleep(double ms)
    {
        var elapsed = false;
        CreateTimer(_ => elapsed = true, null, TimeSpan.FromMilliseconds(ms), Timeout.InfiniteTimeSpan);
        RunUntil(() => elapsed, allowIdleExit: false);
    }

    /** A blocking wait on a task (`.Result`, `.Wait()`): the nested pump runs until it completes. */
    public void BlockOn(Task task)
    {
        if (Thread.CurrentThread != pumpThread)
        {
            task.Wait();
            return;
        }
        RunUntil(() => task.IsCompleted, allowIdleExit: false);
    }

    private void RunUntil(Func<bool> done, bool allowIdleExit)
    {
        while (!done())
        {
            if (++steps > MaxSteps) throw new RunStoppedException($"Stopped after {MaxSteps:N0} scheduler steps.");
            if ((steps & 1023) == 0 && wall.Elapsed > MaxWall)
                throw new RunStoppedException($"Stopped after {MaxWall.TotalSeconds:N0} s of real time.");
            if (TryRunOne()) continue;
            if (SettleThreadPool()) continue;
            if (!FireNextTimer())
            {
                if (allowIdleExit) return;
                throw new RunStoppedException("Deadlock: a blocking wait can never complete (no work and no timer left).");
            }
        }
    }

    /**
     * Safety net: work that slipped onto the thread pool (nothing in the oracle should put it
     * there) must finish before virtual time moves, or the outcome would depend on real timing.
     * Returns true when it waited, so the caller looks at its own queue again.
     */
    private bool SettleThreadPool()
    {
        if (ThreadPool.PendingWorkItemCount == 0 && ThreadPool.CompletedWorkItemCount == poolCompleted) return false;
        Thread.Sleep(1);
        poolCompleted = ThreadPool.CompletedWorkItemCount;
        ThreadPoolHops++;
        return true;
    }

    private long poolCompleted = ThreadPool.CompletedWorkItemCount;
    /** How often the pump had to wait for thread-pool work (reported by the oracle; 0 when all is well). */
    public int ThreadPoolHops { get; private set; }

    private bool FireNextTimer()
    {
        VirtualTimer? timer;
        (long due, long seq) priority;
        lock (timers)
        {
            do
            {
                if (!timers.TryDequeue(out timer, out priority)) return false;
            } while (timer.Version != priority.seq);
        }
        if (priority.due > NowTicks) NowTicks = priority.due;
        if (NowMs > MaxVirtualMs) throw new RunStoppedException($"Stopped at {MaxVirtualMs:N0} ms of virtual time.");
        if (Debug) Console.Error.WriteLine($"[clock] fire at {NowMs} ms");
        ScenarioRunner.CommandSite = null; // set again by the command this timer resumes, if any
        timer.Fire();
        return true;
    }

    internal long NextSeq()
    {
        lock (timers) return seq;
    }
}

public sealed class VirtualTimer(VirtualRuntime clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan period = Timeout.InfiniteTimeSpan;
    private bool disposed;
    /** The sequence number of the live schedule entry; older entries in the queue are stale. */
    internal long Version = -1;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (disposed) return false;
        this.period = period;
        Version = -1;
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Version = clock.NextSeq();
            clock.Schedule(this, clock.NowTicks + Math.Max(0, dueTime.Ticks));
        }
        return true;
    }

    internal void Fire()
    {
        if (disposed) return;
        Version = -1;
        if (period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero)
        {
            Version = clock.NextSeq();
            clock.Schedule(this, clock.NowTicks + period.Ticks);
        }
        callback(state);
    }

    public void Dispose() => disposed = true;
    public ValueTask DisposeAsync()
    {
        disposed = true;
        return ValueTask.CompletedTask;
    }
}
