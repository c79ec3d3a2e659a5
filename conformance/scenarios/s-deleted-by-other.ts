// Updating a row another context deleted: DbUpdateConcurrencyException.
const c = await db.Customers.FirstAsync(x => x.Id == 9);
const other = await factory.CreateDbContextAsync();
other.Customers.Remove(await other.Customers.FirstAsync(x => x.Id == 9));
console.log(`other saved ${await other.SaveChangesAsync()}`);
await other.DisposeAsync();
c.Name = 'Too late';
await db.SaveChangesAsync();
