// AsNoTracking: new instances per query, nothing tracked.
var a = await db.Customers.AsNoTracking().Where(c => c.Id <= 3).OrderBy(c => c.Id).ToListAsync();
var b = await db.Customers.AsNoTracking().Where(c => c.Id <= 3).OrderBy(c => c.Id).ToListAsync();
Console.WriteLine($"{a.Count} rows, same instance: {(a[0] == b[0] ? "yes" : "no")}, tracked: {db.ChangeTracker.Entries().Count()}");
