// Dispose twice is fine; Add after dispose is not.
var ctx = factory.CreateDbContext();
ctx.Dispose();
ctx.Dispose();
await ctx.DisposeAsync();
Console.WriteLine("disposed three times");
ctx.Add(new Customer { Id = 92, Name = "Late", Email = "late@example.com" });
