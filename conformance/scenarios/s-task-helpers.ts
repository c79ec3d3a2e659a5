// Task.Yield, Task.FromResult, Task.CompletedTask and WhenAny's winner among queries on separate contexts.
const a = factory.CreateDbContext();
const b = factory.CreateDbContext();
await Task.Yield();
const slow = Task.Run(async () => { await Task.Delay(40); return await a.Orders.CountAsync(); });
const fast = b.Customers.CountAsync();
const first = await Task.WhenAny(slow, fast, Task.Delay(500));
console.log(`winner ${first}`);
console.log(`${await Task.FromResult(7)} ${await slow} ${await fast}`);
await Task.CompletedTask;
a.Dispose();
b.Dispose();
