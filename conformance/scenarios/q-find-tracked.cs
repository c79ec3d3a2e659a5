// FindAsync of an entity a query already tracks: no SQL, the modified instance.
var customer = await db.Customers.FirstAsync(c => c.Id == 3);
customer.Name = "Renamed";
var found = await db.Customers.FindAsync(3);
Console.WriteLine($"{found?.Name} same: {(found == customer ? "yes" : "no")}");
