// Update one column of one tracked row.
var c = await db.Customers.FirstAsync(x => x.Id == 3);
c.Name = "Renamed";
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{db.Entry(c).State}");
