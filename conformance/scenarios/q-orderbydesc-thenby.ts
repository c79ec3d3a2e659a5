// OrderByDescending + ThenBy + ThenBy, then Take.
const rows = await db.Orders.OrderByDescending(o => o.CustomerId).ThenBy(o => o.Status).ThenBy(o => o.Id).Take(5).ToListAsync();
console.log(rows.map(o => `${o.Id}:${o.CustomerId}:${o.Status}`).join(","));
