// Add / Attach / Update / Remove of an instance the context already tracks.
var c = await db.Customers.FirstAsync(x => x.Id == 5);
Console.WriteLine($"loaded: {db.Entry(c).State}");
Console.WriteLine($"Update: {db.Update(c).State}");
c.Name = "Edited";
Console.WriteLine($"Attach: {db.Attach(c).State}");
Console.WriteLine($"Remove: {db.Remove(c).State}");
Console.WriteLine($"Attach: {db.Attach(c).State}");
Console.WriteLine($"Add: {db.Add(c).State}");
Console.WriteLine($"Remove: {db.Remove(c).State}");
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
