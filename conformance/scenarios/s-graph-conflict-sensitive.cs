// The graph conflict with EnableSensitiveDataLogging: the message names the order's key, not the root's.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var current = await ctx.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
var body = new Customer { Id = 3, Name = "Customer 3", Email = "customer3@example.com", Orders = { new Order { Id = 2, CustomerId = 3, Total = 5, Status = "Shipped" } } };
Console.WriteLine($"{current.Orders.Count}");
ctx.Attach(body);
