// Insert, update and delete in one SaveChanges.
db.Customers.Add(new Customer { Id = 60, Name = "New", Email = "new60@example.com" });
var c = await db.Customers.FindAsync(4);
c.Email = "changed4@example.com";
var o = await db.Orders.FindAsync(8);
db.Orders.Remove(o);
db.AuditLog.Add(new AuditEntry { Message = "mixed", At = new DateTime(2026, 2, 2, 12, 0, 0) });
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
