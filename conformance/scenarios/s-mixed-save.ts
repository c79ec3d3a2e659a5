// Insert, update and delete in one SaveChanges.
db.Customers.Add(new Customer({ Id: 60, Name: 'New', Email: 'new60@example.com' }));
const c = await db.Customers.FindAsync(4);
c!.Email = 'changed4@example.com';
const o = await db.Orders.FindAsync(8);
db.Orders.Remove(o!);
db.AuditLog.Add(new AuditEntry({ Message: 'mixed', At: '2026-02-02 12:00:00' }));
console.log(`saved ${await db.SaveChangesAsync()}`);
