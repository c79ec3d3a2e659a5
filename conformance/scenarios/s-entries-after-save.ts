// Entries() order after SaveChanges and after a Remove/Add (dictionary slots are reused).
const cs = await db.Customers.Where(x => x.Id <= 4).ToListAsync();
cs[0].Name = 'First edited';
db.Add(new Customer({ Id: 93, Name: 'Added 93', Email: 'a93@example.com' }));
db.Remove(cs[2]);
console.log(`saved ${await db.SaveChangesAsync()}`);
db.Entry(cs[1]).State = EntityState.Detached;
db.Add(new Customer({ Id: 94, Name: 'Added 94', Email: 'a94@example.com' }));
db.Attach(cs[1]);
for (const e of db.ChangeTracker.Entries()) console.log(`${(e.Entity as Customer).Id} ${e.State}`);
