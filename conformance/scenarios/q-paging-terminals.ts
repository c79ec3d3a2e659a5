// First/Single/Count after Skip and Take, and Where after Skip.
const a = await db.Orders.OrderBy(o => o.Id).Skip(3).FirstOrDefaultAsync();
const b = await db.Orders.OrderBy(o => o.Id).Take(5).FirstAsync(o => o.Status == "Shipped");
const d = await db.Orders.OrderBy(o => o.Id).Skip(2).Take(1).SingleAsync();
const e = await db.Orders.OrderBy(o => o.Id).Skip(190).Where(o => o.Status == "Pending").CountAsync();
console.log(`${a?.Id} ${b.Id} ${d.Id} ${e}`);
