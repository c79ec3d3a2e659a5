// Take then Skip, then OrderBy after Take: subqueries.
const a = await db.Customers.OrderBy(c => c.Id).Take(10).Skip(8).ToListAsync();
const b = await db.Customers.Take(3).OrderByDescending(c => c.Id).ToListAsync();
console.log(`${a.map(c => c.Id).join(",")} / ${b.map(c => c.Id).join(",")}`);
