// SaveChanges with nothing to save: 0, and no SQL.
const c = await db.Customers.FirstAsync(x => x.Id == 1);
c.Name = `${c.Name}`;
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`saved ${db.SaveChanges()}`);
