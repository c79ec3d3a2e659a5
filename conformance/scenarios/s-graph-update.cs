// Update of an untracked graph: the root and orders with keys are Modified, a new order is Added with the root's key as FK.
var body = new Customer { Id = 2, Name = "Customer 2", Email = "customer2@example.com", Orders = { new Order { Id = 4, CustomerId = 2, Total = 5, Status = "Pending" }, new Order { Total = 7, Status = "Pending" } } };
db.Update(body);
foreach (var e in db.ChangeTracker.Entries()) Console.WriteLine($"{e.Entity.GetType().Name} {e.State}");
Console.WriteLine($"{body.Orders[1].CustomerId} {(body.Orders[1].Customer == body ? "fixed" : "null")}");
foreach (var l in db.ChangeTracker.DebugView.ShortView.Split('\n')) Console.WriteLine(l.StartsWith("Order {Id: -") ? "Order (temporary key) Added" : l);
var n = await db.SaveChangesAsync();
Console.WriteLine($"{n} {body.Orders[1].Id}");
