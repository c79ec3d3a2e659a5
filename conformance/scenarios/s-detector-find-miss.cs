// Find of an untracked entity queries the database: it enters the detector and collides.
var c = await db.Customers.FirstAsync(x => x.Id == 12);
var _counting = db.Orders.CountAsync();
Console.WriteLine(c.Name);
var found = await db.Customers.FindAsync(13);
Console.WriteLine(found.Name);
