// || and ! (negated comparison, negated ||).
const a = await db.Orders.Where(o => o.CustomerId == 1 || o.CustomerId == 2).CountAsync();
const b = await db.Orders.Where(o => !(o.CustomerId > 5)).CountAsync();
const c = await db.Orders.Where(o => !(o.CustomerId == 1 || o.Status == "Pending")).CountAsync();
const d = await db.Orders.Where(o => (o.CustomerId == 1 || o.CustomerId == 2) && o.Status != "Cancelled").CountAsync();
console.log(`${a} ${b} ${c} ${d}`);
