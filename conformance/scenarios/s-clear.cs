// ChangeTracker.Clear(): nothing tracked, pending edits dropped, another instance can be attached.
var list = await db.Customers.Where(x => x.Id <= 3).ToListAsync();
list[0].Name = "Dropped edit";
db.ChangeTracker.Clear();
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries, {db.Entry(list[0]).State}");
db.Attach(new Customer { Id = 1, Name = "Copy", Email = "copy@example.com" });
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries");
