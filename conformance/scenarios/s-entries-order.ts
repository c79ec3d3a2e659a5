// ChangeTracker.Entries(): order and states after DetectChanges.
const cs = await db.Customers.Where(x => x.Id <= 3).ToListAsync();
db.Add(new Customer({ Id: 90, Name: 'Ninety', Email: 'ninety@example.com' }));
const o = await db.Orders.FindAsync(2);
db.Add(new Customer({ Id: 89, Name: 'Eighty-nine', Email: 'e89@example.com' }));
cs[1].Name = 'Edited';
db.Remove(cs[2]);
o!.Total = 1;
for (const e of db.ChangeTracker.Entries()) console.log(`${e.Entity instanceof Customer ? 'Customer ' + (e.Entity as Customer).Id : 'Order ' + (e.Entity as Order).Id} ${e.State}`);
