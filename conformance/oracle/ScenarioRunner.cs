// Runs one C# scenario on real EF Core and returns the CLI's JSON shape (DESIGN.md §4) plus the
// fields conformance compares: the failing operation, SQL parameters and final entry states.
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System.Reflection;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.Data.Sqlite;

namespace Playground.Oracle;

/** `provider`: "sqlite" runs real SQLite as it is (no latency interceptor); anything else adds the latency. */
public sealed record Scenario(string id, string file, string model, double latencyMs, string? provider = null);

public sealed record ThrowSite(int? line, string? operation);

public static class ScenarioRunner
{
    private static readonly ConditionalWeakTable<Exception, ThrowSite> Sites = new();
    private static readonly List<Exception> Unobserved = [];
    private static string? scriptPath;

    private static readonly string[] Imports =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.Threading", "System.Threading.Tasks",
        "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.ChangeTracking",
        "Microsoft.Extensions.DependencyInjection", "Playground.Oracle",
    ];

    static ScenarioRunner()
    {
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
        TaskScheduler.UnobservedTaskException += (_, e) =>
        {
            lock (Unobserved) Unobserved.AddRange(e.Exception.InnerExceptions);
            e.SetObserved();
        };
    }

    /** Where an exception was thrown: the script line on the stack at that moment, and the EF Core API that threw. */
    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (scriptPath is null || Sites.TryGetValue(e.Exception, out _)) return;
        try
        {
            var frames = new StackTrace(1, true).GetFrames();
            if (VirtualRuntime.Debug)
                Console.Error.WriteLine($"[first-chance] {e.Exception.GetType().Name}: {string.Join(" <- ", frames.Take(14).Select(f => f.GetMethod()?.DeclaringType?.Name + "." + f.GetMethod()?.Name))}");
            Sites.AddOrUpdate(e.Exception, Analyze(frames));
        }
        catch
        {
            // Never let bookkeeping change what the script sees.
        }
    }

    /**
     * The script line and EF Core API of the command now resuming, set by the latency interceptor
     * when a command resumes after its delay and cleared when the pump starts its next work item:
     * an exception thrown in that stretch (no script frame on the stack any more: the command's
     * failure, or `Sequence contains no elements` after it) belongs to the operation that issued
     * the command, as the simulator reports it.
     */
    internal static ThrowSite? CommandSite;

    /** Where the script is now (the innermost script frame on the stack), for a command being issued. */
    internal static ThrowSite? SiteNow() => scriptPath is null ? null : Analyze(new StackTrace(1, true).GetFrames());

    private static ThrowSite Analyze(StackFrame[] frames)
    {
        var index = Array.FindIndex(frames, f => f.GetFileName() == scriptPath && f.GetFileLineNumber() > 0);
        if (index < 0) return CommandSite ?? new ThrowSite(null, null);
        string? operation = null;
        for (var i = index - 1; i >= 0 && operation is null; i--) operation = EfApiName(frames[i].GetMethod());
        var line = frames[index].GetFileLineNumber();
        // Queryable.First(…) tail-calls the provider's Execute, so its own frame is gone: name the
        // sync terminal the script's line calls instead.
        if (operation == "Execute" && index > 0 && frames[index - 1].GetMethod()?.DeclaringType?.Name == "EntityQueryProvider")
            operation = QueryableCallOn(line) ?? operation;
        return new ThrowSite(line, operation);
    }

    private static readonly HashSet<string> QueryableMethods = typeof(Queryable).GetMethods().Select(m => m.Name).ToHashSet();

    private static string? QueryableCallOn(int line)
    {
        if (scriptPath is null) return null;
        var lines = File.ReadAllLines(scriptPath);
        if (line < 1 || line > lines.Length) return null;
        return System.Text.RegularExpressions.Regex.Matches(lines[line - 1], @"\.(\w+)\s*\(")
            .Select(m => m.Groups[1].Value).LastOrDefault(QueryableMethods.Contains);
    }

    /** `ToListAsync` for EF Core's public API frames (kick-off method or async state machine), else null. */
    private static string? EfApiName(System.Reflection.MethodBase? method)
    {
        var type = method?.DeclaringType;
        // The sync terminals (First, Single, Count…) are System.Linq.Queryable's, run by EF Core's provider.
        if (method is not null && type == typeof(Queryable)) return method.Name;
        if (method is null || type?.Namespace is not { } ns || !ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)) return null;
        if (method.Name == "MoveNext" && type.Name.StartsWith('<'))
        {
            var outer = type.DeclaringType;
            if (outer is null || !outer.IsPublic) return null;
            return type.Name[1..type.Name.IndexOf('>')];
        }
        if (!type.IsPublic || !method.IsPublic) return null;
        return method.Name;
    }

    private static ThrowSite SiteOf(Exception ex)
    {
        if (Sites.TryGetValue(ex, out var site) && site.line is not null) return site;
        // Thrown where no script frame was on the stack (a continuation): the line where it surfaced.
        var found = Analyze(new StackTrace(ex, true).GetFrames());
        return new ThrowSite(found.line, site?.operation ?? found.operation);
    }

    private static object Describe(Exception ex)
    {
        var site = SiteOf(ex);
        return new { type = ex.GetType().Name, message = ex.Message, line = site.line, operation = site.operation };
    }

    /** Usings every twin gets (TWINS.md), and the snippet API's globals. */
    private static readonly string Prelude =
        string.Concat(Imports.Select(i => $"global using {i};\n")) + "global using static Globals;\n";

    public static object RunOne(Scenario scenario, CompiledModel model, string workDir)
    {
        var path = Path.GetFullPath(scenario.file);
        var code = File.ReadAllText(path);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, parse, path, Encoding.UTF8);
        // A twin with no statements yet (a blank playground) is an empty program, not a library.
        if (!tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any())
            tree = CSharpSyntaxTree.ParseText(code + "\nreturn;", parse, path, Encoding.UTF8);
        // The rewrite keeps every statement on its line: exception lines stay the twin's.
        var rewritten = CSharpSyntaxTree.Create((CSharpSyntaxNode)new ScriptRewriter().Visit(tree.GetRoot()), parse, path, Encoding.UTF8);
        var prelude = CSharpSyntaxTree.ParseText(Prelude, parse, "prelude.cs", Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            $"Twin_{Guid.NewGuid():N}",
            [prelude, rewritten],
            References.Platform.Append(model.Reference),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Annotations)
                .WithSpecificDiagnosticOptions([new("CS1998", ReportDiagnostic.Suppress), new("CS4014", ReportDiagnostic.Suppress)]));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
            return new { compileErrors = errors.Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage()}").ToArray() };
        var program = Assembly.Load(pe.ToArray());
        var main = program.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .FirstOrDefault(m => m.Name == "<Main>$" && typeof(Task).IsAssignableFrom(m.ReturnType))
            ?? program.EntryPoint!;

        var dbFile = Path.Combine(workDir, $"{Guid.NewGuid():N}.db");
        File.Copy(model.DatabasePath, dbFile);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbFile, DefaultTimeout = 2, Pooling = false }.ToString();
        using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            using var pragma = setup.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            pragma.ExecuteNonQuery();
        }

        var console = new StringWriter();
        var realOut = Console.Out;
        var clock = new VirtualRuntime();
        var run = new Run { Clock = clock, Model = model, ConnectionString = connectionString, LatencyMs = scenario.latencyMs, RealSqlite = scenario.provider == "sqlite" };
        Run.Begin(run);
        lock (Unobserved) Unobserved.Clear();
        scriptPath = path;
        Exception? thrown = null;
        string? stopped = null;
        var bodyDone = false;
        Console.SetOut(console);
        try
        {
            Execute(main, run, clock, e => thrown = e, () => bodyDone = true);
            if (!bodyDone) stopped = "The script never finished: it awaits something that never completes.";
        }
        catch (RunStoppedException stop)
        {
            stopped = stop.Message;
        }
        finally
        {
            Console.SetOut(realOut);
        }
        try
        {
            Task? dispose = null;
            clock.Post(() => dispose = run.DisposeServicesAsync());
            clock.RunToCompletion(() => dispose?.IsCompleted == true);
        }
        catch (RunStoppedException stop)
        {
            stopped ??= stop.Message;
        }
        run.SnapshotLiveContexts();
        CollectUnobserved();
        scriptPath = null;
        List<Exception> unobserved;
        lock (Unobserved) unobserved = [.. Unobserved];
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { dbFile, dbFile + "-wal", dbFile + "-shm" }) if (File.Exists(f)) File.Delete(f);

        var lines = console.ToString().Replace("\r\n", "\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1] == "") lines.RemoveAt(lines.Count - 1);
        return new
        {
            outcome = stopped is not null ? "stopped" : thrown is not null ? "threw" : "ok",
            stopReason = stopped,
            exception = thrown is null ? null : Describe(thrown),
            unobserved = unobserved.Select(Describe).ToArray(),
            contexts = run.Contexts.Select(c => new { c.id, c.createdAt, c.disposedAt }).ToArray(),
            sql = run.Sql.OrderBy(s => s.at).ThenBy(s => s.seq).Select(s => new { s.at, s.context, s.parameters, s.text, s.failed }).ToArray(),
            console = lines,
            entries = run.Entries.Select(e => new { e.context, e.entity, e.key, e.state }).ToArray(),
            durationMs = clock.NowMs,
            threadPoolHops = clock.ThreadPoolHops,
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Execute(MethodInfo main, Run run, VirtualRuntime clock, Action<Exception> onThrow, Action onBodyDone)
    {
        async Task Body()
        {
            try
            {
                var result = main.Invoke(null, main.GetParameters().Length == 1 ? [Array.Empty<string>()] : []);
                if (result is Task task) await task;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                onThrow(e.InnerException);
            }
            catch (Exception e)
            {
                onThrow(e);
            }
            await run.EndRequestAsync();
            onBodyDone();
        }
        clock.Post(() => _ = Body());
        clock.RunToCompletion(() => false);
    }

    /** Faulted tasks nobody observed surface when the GC finalizes them, as in any .NET process. */
    private static void CollectUnobserved()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
