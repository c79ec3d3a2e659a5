// Saving Remove() of an untracked instance whose row does not exist.
db.Add(new Customer { Id = 85, Name = "E", Email = "e@example.com" });
db.Remove(new Customer { Id = 86, Name = "F", Email = "f@example.com" });
Console.WriteLine("saving");
await db.SaveChangesAsync();
