// SaveChanges with nothing to save returns 0 without entering the detector.
const counting = db.Orders.CountAsync();
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${await counting} orders`);
db.Add(new Customer({ Id: 91, Name: 'N', Email: 'n91@example.com' }));
const again = db.Orders.CountAsync();
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${await again} orders`);
