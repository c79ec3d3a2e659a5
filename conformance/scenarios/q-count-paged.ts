// Count and Any over a Skip/Take page, and Where after Take.
const n = await db.Orders.OrderBy(o => o.Id).Skip(5).Take(10).CountAsync();
const any = await db.Orders.OrderBy(o => o.Id).Take(3).AnyAsync(o => o.Status == "Cancelled");
const w = await db.Orders.OrderBy(o => o.Id).Take(6).Where(o => o.Status == "Pending").ToListAsync();
console.log(`${n} ${any ? "yes" : "no"} ${w.map(o => o.Id).join(",")}`);
