// Where with constants: == on an int column, ToListAsync.
const orders = await db.Orders.Where(o => o.CustomerId == 3).ToListAsync();
console.log(`${orders.length} orders: ${orders.map(o => o.Id).join(",")}`);
