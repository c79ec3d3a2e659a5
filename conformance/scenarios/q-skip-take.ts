// Skip + Take with constants.
const page = await db.Customers.OrderBy(c => c.Id).Skip(10).Take(5).ToListAsync();
console.log(page.map(c => c.Id).join(","));
