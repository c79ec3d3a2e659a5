// Add of a new customer with a new order: the order's FK is the customer's temporary key until the INSERT returns the real one.
var c = new Customer { Name = "New", Email = "new@example.com", Orders = { new Order { Total = 3, Status = "Pending" } } };
db.Add(c);
foreach (var l in db.ChangeTracker.DebugView.LongView.Split('\n')) Console.WriteLine(l);
await db.SaveChangesAsync();
Console.WriteLine($"{c.Id} {c.Orders[0].CustomerId}");
