// Find returns tracked entities in any state without a query, Added and Deleted ones included.
db.Customers.Add(new Customer({ Id: 96, Name: 'Added', Email: 'a96@example.com' }));
const c = await db.Customers.FindAsync(25);
db.Customers.Remove(c!);
const added = await db.Customers.FindAsync(96);
const deleted = db.Customers.Find(25);
console.log(`${added!.Name} ${db.Entry(added!).State} ${deleted === c ? 'same' : 'other'} ${db.Entry(deleted!).State}`);
const missing = await db.Customers.FindAsync(999);
console.log(missing === null ? 'null' : 'found');
