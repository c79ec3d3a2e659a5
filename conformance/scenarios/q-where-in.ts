// Equalities on one column joined by || become IN; inequalities joined by && become NOT IN.
const a = await db.Orders.CountAsync(o => o.CustomerId == 1 || o.CustomerId == 2 || o.CustomerId == 3);
const b = await db.Orders.CountAsync(o => o.Status != "Pending" && o.Status != "Shipped");
const c = await db.Orders.CountAsync(o => !(o.CustomerId == 4 || o.CustomerId == 5));
const d = await db.Orders.CountAsync(o => o.CustomerId == 1 || o.Id == 2 || o.CustomerId == 3);
console.log(`${a} ${b} ${c} ${d}`);
