// Fix 2: do the check on its own short-lived context, so the request's context starts empty.
// The request body is the whole customer graph, as the client sends it.
var body = new Customer { Id = 2, Name = "Customer 2", Email = "customer2@example.com",
  Orders = { new Order { Id = 4, CustomerId = 2, Total = 137.5, Status = "Pending" } } };

{ await using var readDb = await factory.CreateDbContextAsync();
  var source = await readDb.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
  Console.WriteLine($"customer 1 has {source.Orders.Count} orders");
}
db.Update(body); // db has tracked nothing yet: the graph attaches cleanly
var saved = await db.SaveChangesAsync();
Console.WriteLine($"204 No Content ({saved} rows)");
