// Add / Attach / Update / Remove of new (untracked) instances.
var c1 = new Customer { Id = 81, Name = "A", Email = "a@example.com" };
var c2 = new Customer { Id = 82, Name = "B", Email = "b@example.com" };
var c3 = new Customer { Id = 83, Name = "C", Email = "c@example.com" };
var c4 = new Customer { Id = 84, Name = "D", Email = "d@example.com" };
Console.WriteLine($"before: {db.Entry(c1).State}");
Console.WriteLine($"Add: {db.Add(c1).State}");
Console.WriteLine($"Attach: {db.Attach(c2).State}");
Console.WriteLine($"Update: {db.Update(c3).State}");
Console.WriteLine($"Remove: {db.Remove(c4).State}");
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
