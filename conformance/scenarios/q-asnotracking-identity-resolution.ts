// AsNoTrackingWithIdentityResolution ignores the tracked, modified instance and tracks nothing new.
const tracked = await db.Customers.FirstAsync(c => c.Id == 1);
tracked.Name = "Changed";
const list = await db.Customers.AsNoTrackingWithIdentityResolution().Where(c => c.Id <= 2).OrderBy(c => c.Id).ToListAsync();
console.log(`${list[0].Name}, same: ${list[0] === tracked ? "yes" : "no"}, tracked: ${db.ChangeTracker.Entries().length}`);
