// Task.Yield, Task.FromResult, Task.CompletedTask and WhenAny's winner among queries on separate contexts.
var a = factory.CreateDbContext();
var b = factory.CreateDbContext();
await Task.Yield();
var slow = Task.Run(async () => { await Task.Delay(40); return await a.Orders.CountAsync(); });
var fast = b.Customers.CountAsync();
var first = await Task.WhenAny(slow, fast, Task.Delay(500));
Console.WriteLine($"winner {(first == slow ? 0 : first == fast ? 1 : 2)}");
Console.WriteLine($"{await Task.FromResult(7)} {await slow} {await fast}");
await Task.CompletedTask;
a.Dispose();
b.Dispose();
