// Find of a tracked entity does not enter the ConcurrencyDetector.
const c = await db.Customers.FirstAsync(x => x.Id == 12);
const counting = db.Orders.CountAsync();
const found = await db.Customers.FindAsync(12);
console.log(found === c ? 'same instance' : 'another instance');
console.log(`${await counting} orders`);
