// AsNoTracking: new instances per query, nothing tracked.
const a = await db.Customers.AsNoTracking().Where(c => c.Id <= 3).OrderBy(c => c.Id).ToListAsync();
const b = await db.Customers.AsNoTracking().Where(c => c.Id <= 3).OrderBy(c => c.Id).ToListAsync();
console.log(`${a.length} rows, same instance: ${a[0] === b[0] ? "yes" : "no"}, tracked: ${db.ChangeTracker.Entries().length}`);
