// Fix 3: keep the tracked graph and copy the body's values onto it, order by order.
// The request body is the whole customer graph, as the client sends it.
var body = new Customer { Id = 2, Name = "Customer 2", Email = "customer2@example.com",
  Orders = { new Order { Id = 4, CustomerId = 2, Total = 137.5, Status = "Pending" } } };

var source = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
Console.WriteLine($"customer 1 has {source.Orders.Count} orders");

foreach (var order in body.Orders) {
  var tracked = await db.Orders.FindAsync(order.Id); // already tracked: no query
  if (tracked != null) db.Entry(tracked).CurrentValues.SetValues(order); // only CustomerId differs
}
var saved = await db.SaveChangesAsync();
Console.WriteLine($"204 No Content ({saved} rows)");
