// ChangeTracker.Entries(): order and states after DetectChanges.
var cs = await db.Customers.Where(x => x.Id <= 3).ToListAsync();
db.Add(new Customer { Id = 90, Name = "Ninety", Email = "ninety@example.com" });
var o = await db.Orders.FindAsync(2);
db.Add(new Customer { Id = 89, Name = "Eighty-nine", Email = "e89@example.com" });
cs[1].Name = "Edited";
db.Remove(cs[2]);
o.Total = 1;
foreach (var e in db.ChangeTracker.Entries()) Console.WriteLine($"{(e.Entity is Customer ? "Customer " + ((Customer)e.Entity).Id : "Order " + ((Order)e.Entity).Id)} {e.State}");
