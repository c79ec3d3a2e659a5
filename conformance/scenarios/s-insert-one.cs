// Insert one row with a client-set key.
db.Customers.Add(new Customer { Id = 51, Name = "Ada Lovelace", Email = "ada@example.com" });
var saved = await db.SaveChangesAsync();
Console.WriteLine($"saved {saved}");
Console.WriteLine($"{await db.Customers.CountAsync()} customers");
