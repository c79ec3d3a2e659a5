// Find of a tracked entity does not enter the ConcurrencyDetector.
var c = await db.Customers.FirstAsync(x => x.Id == 12);
var counting = db.Orders.CountAsync();
var found = await db.Customers.FindAsync(12);
Console.WriteLine(found == c ? "same instance" : "another instance");
Console.WriteLine($"{await counting} orders");
