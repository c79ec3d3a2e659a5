// Puts a script's own timing on the oracle's virtual clock and single pump (VirtualRuntime):
//   Task.Delay(ms[, ct])               → clock.Delay(ms[, ct])
//   Task.Run(f)                        → Flows.Run(f)          (a flow on the pump, not the thread pool)
//   Task.Yield()                       → Flows.Yield()         (continue on the pump, after queued work)
//   Parallel.ForEachAsync(xs[, o], f)  → Flows.ForEachAsync(xs, o, f)
//   t.Wait(), t.Result, t.GetAwaiter().GetResult() → Flows.Block…(t): a blocking wait that lets
//                                        the other flows run meanwhile, never a silent await
//   Thread.Sleep(ms)                   → Flows.Sleep(ms)
// Syntax only: the twins are written in the documented dialect (TWINS.md).
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Playground.Oracle;

public sealed class ScriptRewriter : CSharpSyntaxRewriter
{
    private const string Flows = "global::Playground.Oracle.Flows";

    private static bool Is(ExpressionSyntax e, string type, string member) =>
        e is MemberAccessExpressionSyntax m && m.Name.Identifier.Text == member &&
        m.Expression.ToString() is var t && (t == type || t == "System.Threading.Tasks." + type || t == "System.Threading." + type);

    private static ExpressionSyntax Parse(string text, SyntaxNode original) =>
        ParseExpression(text).WithTriviaFrom(original);

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        var args = visited.ArgumentList.Arguments;
        if (Is(visited.Expression, "Task", "Delay") && args.Count is 1 or 2)
        {
            var ct = args.Count == 2 ? ", " + args[1].ToString() : "";
            return Parse($"global::Playground.Oracle.Run.Time.Delay({args[0]}{ct})", node);
        }
        if (Is(visited.Expression, "Task", "Run") && args.Count == 1)
            return Parse($"{Flows}.Run({args[0]})", node);
        if (Is(visited.Expression, "Task", "Yield") && args.Count == 0)
            return Parse($"{Flows}.Yield()", node);
        if (Is(visited.Expression, "Thread", "Sleep") && args.Count == 1)
            return Parse($"{Flows}.Sleep({args[0]})", node);
        if (Is(visited.Expression, "Parallel", "ForEachAsync") && args.Count is 2 or 3)
        {
            var options = args.Count == 3 ? args[1].ToString() : "null";
            return Parse($"{Flows}.ForEachAsync({args[0]}, {options}, {args[^1]})", node);
        }
        if (visited.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Wait" } wait && args.Count == 0)
            return Parse($"{Flows}.Block({wait.Expression})", node);
        if (visited.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "GetResult" } getResult && args.Count == 0 &&
            getResult.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetAwaiter" } awaiter })
            return Parse($"{Flows}.BlockAwaiter({awaiter.Expression})", node);
        return visited;
    }

    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        var visited = (MemberAccessExpressionSyntax)base.VisitMemberAccessExpression(node)!;
        var isCall = node.Parent is InvocationExpressionSyntax call && call.Expression == node;
        var isAssigned = node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node;
        if (visited.Name.Identifier.Text == "Result" && !isCall && !isAssigned)
            return Parse($"{Flows}.BlockResult({visited.Expression})", node);
        return visited;
    }
}

/** What rewritten scripts call: flows and blocking waits on the run's pump. */
public static class Flows
{
    private static VirtualRuntime Clock => global::Playground.Oracle.Run.Time;

    /** Task.Run: the body starts later on the pump, as a thread-pool work item starts later on another thread. */
    public static async Task Run(Func<Task> body)
    {
        await Clock.Yield();
        await body();
    }

    public static async Task<T> Run<T>(Func<Task<T>> body)
    {
        await Clock.Yield();
        return await body();
    }

    public static async Task Run(Action body)
    {
        await Clock.Yield();
        body();
    }

    public static async Task<T> Run<T>(Func<T> body)
    {
        await Clock.Yield();
        return body();
    }

    public static PumpYield Yield() => Clock.Yield();

    /**
     * Parallel.ForEachAsync's contract (DOP workers take items in order; the first failure cancels
     * the rest; the task faults with every failure), with its workers on the pump. DOP defaults to
     * Environment.ProcessorCount, as in .NET (the harness runs the oracle as a 4-core machine).
     */
    public static Task ForEachAsync<T>(IEnumerable<T> source, ParallelOptions? options, Func<T, CancellationToken, ValueTask> body)
    {
        // Like .NET's: the task faults with every failure (await rethrows the first), not with an AggregateException inside.
        var done = new TaskCompletionSource();
        RunWorkers(source, options, body).ContinueWith(t =>
        {
            if (t.Result.Count > 0) done.SetException(t.Result);
            else done.SetResult();
        }, TaskContinuationOptions.ExecuteSynchronously);
        return done.Task;
    }

    private static async Task<List<Exception>> RunWorkers<T>(IEnumerable<T> source, ParallelOptions? options, Func<T, CancellationToken, ValueTask> body)
    {
        var dop = options?.MaxDegreeOfParallelism is int n and > 0 ? n : Environment.ProcessorCount;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(options?.CancellationToken ?? default);
        using var items = source.GetEnumerator();
        var failures = new List<Exception>();
        async Task Worker()
        {
            await Clock.Yield();
            while (!cts.IsCancellationRequested && items.MoveNext())
            {
                var item = items.Current;
                try
                {
                    await body(item, cts.Token);
                }
                catch (Exception e)
                {
                    failures.Add(e);
                    cts.Cancel();
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, dop).Select(_ => Worker()).ToArray());
        return failures;
    }

    public static void Sleep(int ms) => Clock.Sleep(ms);

    /** `task.Wait()`: throws AggregateException, as .NET does. */
    public static void Block(Task task)
    {
        Clock.BlockOn(task);
        task.Wait();
    }

    /** `task.Result`: throws AggregateException, as .NET does. */
    public static T BlockResult<T>(Task<T> task)
    {
        Clock.BlockOn(task);
        return task.Result;
    }

    /** `task.GetAwaiter().GetResult()`: throws the task's own exception. */
    public static void BlockAwaiter(Task task)
    {
        Clock.BlockOn(task);
        task.GetAwaiter().GetResult();
    }

    public static T BlockAwaiter<T>(Task<T> task)
    {
        Clock.BlockOn(task);
        return task.GetAwaiter().GetResult();
    }
}
