// Insert one row with a client-set key.
db.Customers.Add(new Customer({ Id: 51, Name: 'Ada Lovelace', Email: 'ada@example.com' }));
const saved = await db.SaveChangesAsync();
console.log(`saved ${saved}`);
console.log(`${await db.Customers.CountAsync()} customers`);
