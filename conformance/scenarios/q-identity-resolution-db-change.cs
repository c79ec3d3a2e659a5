// A row changed in the database by another context: the tracking query keeps the tracked values.
var mine = await db.Users.FirstAsync(u => u.Id == 2);
var other = await factory.CreateDbContextAsync();
await other.Database.ExecuteSqlRawAsync("UPDATE \"Users\" SET \"Name\" = {0} WHERE \"Id\" = 2", "Robert");
var again = await db.Users.FirstAsync(u => u.Id == 2);
var fresh = await db.Users.AsNoTracking().FirstAsync(u => u.Id == 2);
Console.WriteLine($"{again.Name} {fresh.Name} {db.Entry(again).State} same: {(mine == again ? "yes" : "no")}");
