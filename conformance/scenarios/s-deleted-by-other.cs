// Updating a row another context deleted: DbUpdateConcurrencyException.
var c = await db.Customers.FirstAsync(x => x.Id == 9);
var other = await factory.CreateDbContextAsync();
other.Customers.Remove(await other.Customers.FirstAsync(x => x.Id == 9));
Console.WriteLine($"other saved {await other.SaveChangesAsync()}");
await other.DisposeAsync();
c.Name = "Too late";
await db.SaveChangesAsync();
