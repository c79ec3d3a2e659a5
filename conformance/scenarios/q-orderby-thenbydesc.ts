// OrderBy + ThenByDescending.
const rows = await db.Orders.Where(o => o.CustomerId <= 2).OrderBy(o => o.Status).ThenByDescending(o => o.Id).ToListAsync();
console.log(rows.map(o => `${o.Id}:${o.Status}`).join(","));
