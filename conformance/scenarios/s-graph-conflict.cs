// Update of a graph: the root is new, but an order in its collection has a tracked key.
var current = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
Console.WriteLine($"{current.Orders.Count}");
var body = new Customer { Id = 2, Name = "Customer 2", Email = "customer2@example.com", Orders = { new Order { Id = 4, CustomerId = 2, Total = 5, Status = "Pending" } } };
try { db.Update(body); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
foreach (var e in db.ChangeTracker.Entries()) Console.WriteLine($"{e.Entity.GetType().Name} {e.State}");
var body2 = new Order { Id = 5, CustomerId = 1, Total = 5, Status = "Pending", Customer = new Customer { Id = 1, Name = "x", Email = "y" } };
try { db.Attach(body2); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
foreach (var e in db.ChangeTracker.Entries()) Console.WriteLine($"{e.Entity.GetType().Name} {e.State}");
db.Update(body);
