// A failing save: NOT NULL violation.
db.Customers.Add(new Customer { Id = 70, Name = null, Email = "n@example.com" });
Console.WriteLine("saving");
await db.SaveChangesAsync();
Console.WriteLine("not reached");
