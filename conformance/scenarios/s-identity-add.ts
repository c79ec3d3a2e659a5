// Add() of a second instance with a tracked key conflicts too; a Deleted one does not.
const c = await db.Customers.FirstAsync(x => x.Id == 20);
db.Remove(c);
db.Add(new Customer({ Id: 20, Name: 'Replacement', Email: 'r@example.com' }));
console.log(`${db.ChangeTracker.Entries().length} entries`);
console.log(`saved ${await db.SaveChangesAsync()}`);
db.Add(new Customer({ Id: 20, Name: 'Third', Email: 't@example.com' }));
