// < > <= >= combined with &&, a column compared with a column.
const low = 100.5;
const a = await db.Orders.Where(o => o.Total > low && o.Total < 200).CountAsync();
const b = await db.Orders.Where(o => o.Id >= 10 && o.Id <= 20).CountAsync();
const c = await db.Orders.Where(o => o.Id < o.CustomerId * 4).CountAsync();
console.log(`${a} ${b} ${c}`);
