// Dispose twice is fine; Add after dispose is not.
const ctx = factory.CreateDbContext();
ctx.Dispose();
ctx.Dispose();
await ctx.DisposeAsync();
console.log('disposed three times');
ctx.Add(new Customer({ Id: 92, Name: 'Late', Email: 'late@example.com' }));
