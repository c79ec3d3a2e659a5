// Take after Take, First after Take, Skip after Skip.
const a = await db.Orders.OrderBy(o => o.Id).Take(5).Take(3).ToListAsync();
const b = await db.Orders.OrderBy(o => o.Id).Take(5).FirstAsync();
const d = await db.Orders.OrderBy(o => o.Id).Skip(2).Skip(3).Take(2).ToListAsync();
const e = await db.Orders.OrderBy(o => o.Id).Take(1).SingleOrDefaultAsync();
console.log(`${a.length} ${b.Id} ${d.map(o => o.Id).join(",")} ${e?.Id}`);
