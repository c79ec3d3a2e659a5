// SaveChanges with nothing to save returns 0 without entering the detector.
var counting = db.Orders.CountAsync();
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{await counting} orders");
db.Add(new Customer { Id = 91, Name = "N", Email = "n91@example.com" });
var again = db.Orders.CountAsync();
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{await again} orders");
