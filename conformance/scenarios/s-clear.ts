// ChangeTracker.Clear(): nothing tracked, pending edits dropped, another instance can be attached.
const list = await db.Customers.Where(x => x.Id <= 3).ToListAsync();
list[0].Name = 'Dropped edit';
db.ChangeTracker.Clear();
console.log(`${db.ChangeTracker.Entries().length} entries, ${db.Entry(list[0]).State}`);
db.Attach(new Customer({ Id: 1, Name: 'Copy', Email: 'copy@example.com' }));
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${db.ChangeTracker.Entries().length} entries`);
