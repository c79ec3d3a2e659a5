// Include of a required reference: INNER JOIN, no ordering; AsNoTracking makes a principal per row.
const orders = await db.Orders.Include(o => o.Customer).Where(o => o.Id <= 5).ToListAsync();
console.log(`${orders.length} ${orders[0].Customer.Name} ${orders[0].Customer === orders[1].Customer ? "same" : "diff"} ${orders[0].Customer.Orders.length}`);
const o1 = await db.Orders.Include(o => o.Customer).FirstAsync(o => o.Id == 7);
console.log(`${o1.Customer.Id} ${o1.Customer.Orders.length}`);
const o2 = await db.Orders.AsNoTracking().Include(o => o.Customer).Where(o => o.Id <= 5).ToListAsync();
console.log(`${o2[0].Customer === o2[1].Customer ? "same" : "diff"} ${o2[0].Customer.Orders.length}`);
const c2 = await db.Customers.AsNoTracking().Include(c => c.Orders).Where(c => c.Id <= 2).ToListAsync();
console.log(`${c2.length} ${c2[0].Orders.length} ${c2[0].Orders[0].Customer === c2[0] ? "fixed" : "null"}`);
const c3 = await db.Customers.AsNoTrackingWithIdentityResolution().Include(c => c.Orders).Where(c => c.Id == 3).ToListAsync();
console.log(`${c3.length} ${c3[0].Orders.length}`);
