// Task.Run starting a query while the caller queries the same context.
const bg = Task.Run(() => db.Orders.ToListAsync());
const n = await db.Customers.CountAsync();
console.log(`${n} customers`);
const orders = await bg;
console.log(`${orders.length} orders`);
