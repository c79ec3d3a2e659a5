// Broken: one context for the whole application.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString), ServiceLifetime.Singleton);
// (the same happens with AddSingleton<AppDb>(), or a singleton service that takes AppDb in its constructor)

app.MapGet("/customers/{id:int}", async (int id, AppDb db) =>
    (await db.Customers.FirstAsync(c => c.Id == id)).Name);

app.MapPut("/customers/{id:int}", async (int id, CustomerDto dto, AppDb db) =>
{
    db.Update(new Customer { Id = id, Name = dto.Name, Email = dto.Email });
    await db.SaveChangesAsync();
    return Results.NoContent();
});

// Fix 1: scoped, the default. One context per request, disposed with the request.
builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(connectionString));

// Fix 2: a singleton service (a background worker, a cache) injects the factory instead.
builder.Services.AddDbContextFactory<AppDb>(o => o.UseSqlServer(connectionString));

public class CustomerSync(IDbContextFactory<AppDb> factory) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            // ... one unit of work ...
            await Task.Delay(TimeSpan.FromMinutes(1), ct);
        }
    }
}
