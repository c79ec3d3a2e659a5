// AsTracking after AsNoTracking: the last one wins, rows are tracked.
const rows = await db.Invoices.AsNoTracking().AsTracking().Where(i => i.CustomerId == 2).ToListAsync();
const again = await db.Invoices.FirstAsync(i => i.CustomerId == 2);
console.log(`${rows.length} rows, tracked: ${db.ChangeTracker.Entries().length}, same: ${rows[0] === again ? "yes" : "no"}`);
