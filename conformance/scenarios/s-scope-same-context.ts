// One scope resolves one context; disposing the scope disposes it.
const scope = scopes.CreateAsyncScope();
const a = scope.ServiceProvider.GetRequiredService(AppDb);
const b = scope.ServiceProvider.GetRequiredService(AppDb);
console.log(a === b ? 'same context' : 'two contexts');
await scope.DisposeAsync();
await a.Customers.CountAsync();
