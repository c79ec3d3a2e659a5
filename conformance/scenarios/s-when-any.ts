// Task.WhenAny between a query and a delay.
const ctx = await factory.CreateDbContextAsync();
const slow = Task.Delay(100);
const query = ctx.Customers.CountAsync();
const first = await Task.WhenAny(slow, query);
console.log(first === 1 ? 'query first' : 'delay first');
console.log(`${await query} customers`);
await slow;
await ctx.DisposeAsync();
