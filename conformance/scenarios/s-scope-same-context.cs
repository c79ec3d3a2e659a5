// One scope resolves one context; disposing the scope disposes it.
var scope = scopes.CreateAsyncScope();
var a = scope.ServiceProvider.GetRequiredService<AppDb>();
var b = scope.ServiceProvider.GetRequiredService<AppDb>();
Console.WriteLine(a == b ? "same context" : "two contexts");
await scope.DisposeAsync();
await a.Customers.CountAsync();
