// Remove() of an Added entity detaches it: nothing to save.
const c = new Customer({ Id: 88, Name: 'Never saved', Email: 'never@example.com' });
db.Customers.Add(c);
console.log(`Remove: ${db.Customers.Remove(c).State}`);
console.log(`${db.ChangeTracker.Entries().length} entries`);
console.log(`saved ${await db.SaveChangesAsync()}`);
