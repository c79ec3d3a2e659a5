// SaveChanges with nothing to save: 0, and no SQL.
var c = await db.Customers.FirstAsync(x => x.Id == 1);
c.Name = $"{c.Name}";
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"saved {db.SaveChanges()}");
