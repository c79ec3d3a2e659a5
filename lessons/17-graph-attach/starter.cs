// PUT /customers/2: the client moves order 4 from customer 1 to customer 2.
// The request body is the whole customer graph, as the client sends it.
var body = new Customer { Id = 2, Name = "Customer 2", Email = "customer2@example.com",
  Orders = { new Order { Id = 4, CustomerId = 2, Total = 137.5, Status = "Pending" } } };

// Earlier in the handler: check that order 4 belongs to customer 1 (this tracks the graph).
var source = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
Console.WriteLine($"customer 1 has {source.Orders.Count} orders");

db.Update(body);
var saved = await db.SaveChangesAsync();
Console.WriteLine($"204 No Content ({saved} rows)");
