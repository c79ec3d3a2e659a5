// Find of an untracked entity queries the database: it enters the detector and collides.
const c = await db.Customers.FirstAsync(x => x.Id == 12);
const _counting = db.Orders.CountAsync();
console.log(c.Name);
const found = await db.Customers.FindAsync(13);
console.log(found!.Name);
