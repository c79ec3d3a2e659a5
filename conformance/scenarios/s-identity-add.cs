// Add() of a second instance with a tracked key conflicts too; a Deleted one does not.
var c = await db.Customers.FirstAsync(x => x.Id == 20);
db.Remove(c);
db.Add(new Customer { Id = 20, Name = "Replacement", Email = "r@example.com" });
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
db.Add(new Customer { Id = 20, Name = "Third", Email = "t@example.com" });
