// Changing the key of a tracked entity: KeyReadOnly, raised by DetectChanges in SaveChanges.
const c = await db.Customers.FirstAsync(x => x.Id == 22);
c.Id = 222;
console.log('changed the key');
await db.SaveChangesAsync();
