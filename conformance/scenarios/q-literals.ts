// Literal formatting: doubles, quotes in strings; Count with a predicate over a Take.
const a = await db.Orders.CountAsync(o => o.Total > 0.1 && o.Total < 1e7);
const b = await db.Customers.CountAsync(c => c.Name == "O'Brien" || c.Email == "a\\b");
const d = await db.Orders.CountAsync(o => o.Total == 12.5 || o.Total == 100);
const e = await db.Orders.OrderBy(o => o.Id).Take(5).CountAsync(o => o.Status == "Pending");
console.log(`${a} ${b} ${d} ${e}`);
