// AsTracking after AsNoTracking: the last one wins, rows are tracked.
var rows = await db.Invoices.AsNoTracking().AsTracking().Where(i => i.CustomerId == 2).ToListAsync();
var again = await db.Invoices.FirstAsync(i => i.CustomerId == 2);
Console.WriteLine($"{rows.Count} rows, tracked: {db.ChangeTracker.Entries().Count()}, same: {(rows[0] == again ? "yes" : "no")}");
