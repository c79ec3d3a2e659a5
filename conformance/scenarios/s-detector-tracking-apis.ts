// Add, Entry, State =, SetValues, DetectChanges and Clear never enter the detector.
const c = await db.Customers.FirstAsync(x => x.Id == 14);
const counting = db.Orders.CountAsync();
db.Add(new Customer({ Id: 95, Name: 'Added', Email: 'a95@example.com' }));
db.Entry(c).State = EntityState.Modified;
db.Entry(c).CurrentValues.SetValues({ Id: 14, Name: 'Set', Email: c.Email });
db.ChangeTracker.DetectChanges();
console.log(`${db.ChangeTracker.Entries().length} entries`);
db.ChangeTracker.Clear();
console.log(`${await counting} orders`);
