// The oracle: runs C# scenarios on real EF Core 10 + SQLite and prints one JSON line per scenario.
// Input (stdin): {"models": {"default": {"db": "...", "meta": "..."}}, "scenarios": [{"id", "file", "model", "latencyMs", "provider"?}]}.
// Output (stdout): {"id": "...", "result": {...}} or {"id": "...", "error": "..."} per scenario, in order.
using System.Text.Json;
using Playground.Oracle;

var input = JsonDocument.Parse(Console.In.ReadToEnd()).RootElement;
var workDir = Path.Combine(Path.GetTempPath(), $"oracle-{Environment.ProcessId}");
Directory.CreateDirectory(workDir);
var models = new Dictionary<string, CompiledModel>();
foreach (var m in input.GetProperty("models").EnumerateObject())
    models[m.Name] = ModelSource.Compile(m.Name, m.Value.GetProperty("meta").GetString()!, m.Value.GetProperty("db").GetString()!);

// Twins reference their model by name; the models were loaded from memory, so name them here.
AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
    models.Values.Select(m => m.Assembly).FirstOrDefault(a => a.FullName == args.Name || a.GetName().Name == new System.Reflection.AssemblyName(args.Name).Name);

var stdout = Console.Out;
var json = new JsonSerializerOptions { WriteIndented = false };
foreach (var s in input.GetProperty("scenarios").EnumerateArray())
{
    var scenario = s.Deserialize<Scenario>()!;
    object line;
    try
    {
        line = new { scenario.id, result = ScenarioRunner.RunOne(scenario, models[scenario.model], workDir) };
    }
    catch (Exception e)
    {
        line = new { scenario.id, error = e.ToString() };
    }
    stdout.WriteLine(JsonSerializer.Serialize(line, json));
    stdout.Flush();
}
try { Directory.Delete(workDir, true); } catch { /* best effort */ }
