// Skip + Take with captured values and arithmetic on them.
const size = 4;
const pageNo = 2;
const page = await db.Customers.OrderBy(c => c.Id).Skip(pageNo * size).Take(size).ToListAsync();
console.log(page.map(c => c.Id).join(","));
