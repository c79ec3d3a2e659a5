// State = Added on a loaded row: SaveChanges tries to INSERT it again.
var c = await db.Customers.FirstAsync(x => x.Id == 28);
db.Entry(c).State = EntityState.Added;
Console.WriteLine($"{db.Entry(c).State}");
await db.SaveChangesAsync();
