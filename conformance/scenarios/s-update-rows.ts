// Update several rows in one save.
const orders = await db.Orders.Where(o => o.CustomerId == 2).ToListAsync();
for (const o of orders) o.Status = 'Cancelled';
console.log(`${orders.length} loaded`);
console.log(`saved ${await db.SaveChangesAsync()}`);
