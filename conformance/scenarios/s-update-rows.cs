// Update several rows in one save.
var orders = await db.Orders.Where(o => o.CustomerId == 2).ToListAsync();
foreach (var o in orders) o.Status = "Cancelled";
Console.WriteLine($"{orders.Count} loaded");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
