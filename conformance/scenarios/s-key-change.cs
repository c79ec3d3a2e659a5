// Changing the key of a tracked entity: KeyReadOnly, raised by DetectChanges in SaveChanges.
var c = await db.Customers.FirstAsync(x => x.Id == 22);
c.Id = 222;
Console.WriteLine("changed the key");
await db.SaveChangesAsync();
