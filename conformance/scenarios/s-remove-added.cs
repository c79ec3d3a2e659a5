// Remove() of an Added entity detaches it: nothing to save.
var c = new Customer { Id = 88, Name = "Never saved", Email = "never@example.com" };
db.Customers.Add(c);
Console.WriteLine($"Remove: {db.Customers.Remove(c).State}");
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
