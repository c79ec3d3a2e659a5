// Update() of an untracked instance: every column is written.
var entry = db.Update(new Customer { Id = 15, Name = "Full Update", Email = "full@example.com" });
Console.WriteLine($"{entry.State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
