// Verbs on a tracked Deleted entity.
var c = await db.Customers.FirstAsync(x => x.Id == 27);
db.Remove(c);
Console.WriteLine($"Remove again: {db.Remove(c).State}");
Console.WriteLine($"Add: {db.Add(c).State}");
db.Remove(c);
Console.WriteLine($"Update: {db.Update(c).State}");
db.Remove(c);
Console.WriteLine($"Attach: {db.Attach(c).State}");
db.Entry(c).State = EntityState.Modified;
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
