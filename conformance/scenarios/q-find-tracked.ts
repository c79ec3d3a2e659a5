// FindAsync of an entity a query already tracks: no SQL, the modified instance.
const customer = await db.Customers.FirstAsync(c => c.Id == 3);
customer.Name = "Renamed";
const found = await db.Customers.FindAsync(3);
console.log(`${found?.Name} same: ${found === customer ? "yes" : "no"}`);
