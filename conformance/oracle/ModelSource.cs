// Generates the C# model (entity classes, AppDb, script globals) from the simulator's exported
// model metadata (conformance/harness/exportModels.ts) and compiles it in memory, so the oracle
// and the simulator can never drift apart on names, types, keys or concurrency tokens.
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Playground.Oracle;

public sealed record PropertyMeta(string name, string type, bool nullable, bool? isKey, bool? storeGenerated, bool? isConcurrencyToken, int? maxLength);
public sealed record NavigationMeta(string name, string kind, string target, string foreignKey, string inverse);
public sealed record EntityMeta(string name, string dbSet, string table, PropertyMeta[] properties, NavigationMeta[] navigations);
public sealed record ModelMeta(string contextName, EntityMeta[] entityTypes);

public sealed class CompiledModel
{
    public required string Key { get; init; }
    public required Assembly Assembly { get; init; }
    public required MetadataReference Reference { get; init; }
    public required string DatabasePath { get; init; }
    public required ModelMeta Meta { get; init; }
    /** Registers AppDb (scoped or singleton) and its factory on a service collection. */
    public required Action<Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.DependencyInjection.ServiceLifetime> Register { get; init; }
}

public static class ModelSource
{
    private static string ClrType(PropertyMeta p) => p.type switch
    {
        "int" => p.nullable ? "int?" : "int",
        "bool" => p.nullable ? "bool?" : "bool",
        "double" => p.nullable ? "double?" : "double",
        "datetime" => p.nullable ? "DateTime?" : "DateTime",
        "string" => "string",
        _ => throw new InvalidOperationException($"unknown property type {p.type}"),
    };

    public static string Generate(ModelMeta model)
    {
        var ctx = model.contextName;
        var sb = new StringBuilder();
        sb.AppendLine("#nullable disable");
        sb.AppendLine("using System; using System.Collections.Generic; using Microsoft.EntityFrameworkCore; using Microsoft.Extensions.DependencyInjection;");
        foreach (var e in model.entityTypes)
        {
            sb.AppendLine($"public class {e.name} {{");
            foreach (var p in e.properties) sb.AppendLine($"    public {ClrType(p)} {p.name} {{ get; set; }}");
            // Collections start empty (`= new()`), as in EF Core's docs; references start null.
            foreach (var n in e.navigations ?? [])
                sb.AppendLine(n.kind == "collection"
                    ? $"    public List<{n.target}> {n.name} {{ get; set; }} = new();"
                    : $"    public {n.target} {n.name} {{ get; set; }}");
            sb.AppendLine("}");
        }
        sb.AppendLine($"public class {ctx} : DbContext {{");
        sb.AppendLine($"    public {ctx}() {{ Playground.Oracle.Run.Current?.OnCreated(this); }}");
        sb.AppendLine($"    public {ctx}(DbContextOptions<{ctx}> options) : base(options) {{ Playground.Oracle.Run.Current?.OnCreated(this); }}");
        foreach (var e in model.entityTypes) sb.AppendLine($"    public DbSet<{e.name}> {e.dbSet} {{ get; set; }}");
        sb.AppendLine("    protected override void OnConfiguring(DbContextOptionsBuilder o) { if (!o.IsConfigured) Playground.Oracle.Run.Current.Configure(o); }");
        sb.AppendLine("    public override void Dispose() { Playground.Oracle.Run.Current?.OnDisposing(this); base.Dispose(); }");
        sb.AppendLine("    public override System.Threading.Tasks.ValueTask DisposeAsync() { Playground.Oracle.Run.Current?.OnDisposing(this); return base.DisposeAsync(); }");
        sb.AppendLine("    protected override void OnModelCreating(ModelBuilder b) {");
        foreach (var e in model.entityTypes)
        {
            sb.AppendLine($"        b.Entity<{e.name}>(e => {{");
            sb.AppendLine($"            e.ToTable(\"{e.table}\");");
            foreach (var p in e.properties)
            {
                if (p.isKey == true)
                {
                    sb.AppendLine($"            e.HasKey(x => x.{p.name});");
                    sb.AppendLine(p.storeGenerated == true
                        ? $"            e.Property(x => x.{p.name}).ValueGeneratedOnAdd();"
                        : $"            e.Property(x => x.{p.name}).ValueGeneratedNever();");
                }
                else if (p.type == "string")
                {
                    sb.AppendLine($"            e.Property(x => x.{p.name}).IsRequired({(p.nullable ? "false" : "true")});");
                }
                if (p.isConcurrencyToken == true) sb.AppendLine($"            e.Property(x => x.{p.name}).IsConcurrencyToken();");
                if (p.maxLength is int max) sb.AppendLine($"            e.Property(x => x.{p.name}).HasMaxLength({max});");
            }
            // Relationships are configured from the principal's collection navigation.
            foreach (var n in (e.navigations ?? []).Where(n => n.kind == "collection"))
                sb.AppendLine($"            e.HasMany(x => x.{n.name}).WithOne({(n.inverse is null ? "" : $"x => x.{n.inverse}")}).HasForeignKey(x => x.{n.foreignKey});");
            sb.AppendLine("        });");
        }
        sb.AppendLine("    }");
        sb.AppendLine("}");
        // The snippet API's globals (TWINS.md), brought into scope by `global using static Globals;`.
        sb.AppendLine("public static class Globals {");
        sb.AppendLine($"    public static {ctx} db => ({ctx})Playground.Oracle.Run.Current.RequestDb();");
        sb.AppendLine($"    public static IDbContextFactory<{ctx}> factory => Playground.Oracle.Run.Current.Services.GetRequiredService<IDbContextFactory<{ctx}>>();");
        sb.AppendLine("    public static IServiceScopeFactory scopes => Playground.Oracle.Run.Current.Services.GetRequiredService<IServiceScopeFactory>();");
        sb.AppendLine("    public static Playground.Oracle.PlaygroundApp app => Playground.Oracle.Run.Current.App;");
        sb.AppendLine("}");
        sb.AppendLine("public static class ModelRegistration {");
        sb.AppendLine("    public static void Register(IServiceCollection services, ServiceLifetime lifetime) {");
        sb.AppendLine($"        services.AddDbContext<{ctx}>(o => Playground.Oracle.Run.Current.Configure(o), lifetime, ServiceLifetime.Singleton);");
        sb.AppendLine($"        services.AddDbContextFactory<{ctx}>();");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    public static CompiledModel Compile(string key, string metaPath, string dbPath)
    {
        var meta = JsonSerializer.Deserialize<ModelMeta>(File.ReadAllText(metaPath))
            ?? throw new InvalidOperationException($"empty model {metaPath}");
        var source = Generate(meta);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            $"PlaygroundModel_{Sanitize(key)}",
            [tree],
            References.Platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        if (!emitted.Success)
            throw new InvalidOperationException("model did not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var image = pe.ToArray();
        var assembly = Assembly.Load(image);
        var register = assembly.GetType("ModelRegistration")!.GetMethod("Register")!;
        return new CompiledModel
        {
            Key = key,
            Assembly = assembly,
            Reference = MetadataReference.CreateFromImage(image),
            DatabasePath = dbPath,
            Meta = meta,
            Register = (services, lifetime) => register.Invoke(null, [services, lifetime]),
        };
    }

    private static string Sanitize(string key) => new(key.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}

/** Metadata references for compiling the model and the scripts: the platform plus what the oracle loads. */
public static class References
{
    public static readonly MetadataReference[] Platform = Build();

    private static MetadataReference[] Build()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var own = new[]
        {
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly.Location,
            typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions).Assembly.Location,
            typeof(Run).Assembly.Location,
        };
        return tpa.Concat(own).Where(p => p.Length > 0 && File.Exists(p)).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }
}
