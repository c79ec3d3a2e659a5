// The graph conflict with EnableSensitiveDataLogging: the message names the order's key, not the root's.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const current = await ctx.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
const body = new Customer({ Id: 3, Name: "Customer 3", Email: "customer3@example.com", Orders: [new Order({ Id: 2, CustomerId: 3, Total: 5, Status: "Shipped" })] });
console.log(`${current.Orders.length}`);
ctx.Attach(body);
