// Add, Entry, State =, SetValues, DetectChanges and Clear never enter the detector.
var c = await db.Customers.FirstAsync(x => x.Id == 14);
var counting = db.Orders.CountAsync();
db.Add(new Customer { Id = 95, Name = "Added", Email = "a95@example.com" });
db.Entry(c).State = EntityState.Modified;
db.Entry(c).CurrentValues.SetValues(new { Id = 14, Name = "Set", Email = c.Email });
db.ChangeTracker.DetectChanges();
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
db.ChangeTracker.Clear();
Console.WriteLine($"{await counting} orders");
