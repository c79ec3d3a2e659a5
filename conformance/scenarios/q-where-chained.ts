// Two Where calls combine with AND.
const customerId = 4;
const rows = await db.Orders.Where(o => o.CustomerId == customerId).Where(o => o.Status == "Pending" || o.Status == "Shipped").ToListAsync();
console.log(rows.map(o => `${o.Id}:${o.Status}`).join(","));
