// Update one column of one tracked row.
const c = await db.Customers.FirstAsync(x => x.Id == 3);
c.Name = 'Renamed';
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${db.Entry(c).State}`);
