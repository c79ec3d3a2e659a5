// FirstAsync without and with a predicate; FirstOrDefaultAsync hit and miss.
const first = await db.Orders.OrderByDescending(o => o.Id).FirstAsync();
const pending = await db.Orders.FirstAsync(o => o.Status == "Cancelled");
const hit = await db.Customers.FirstOrDefaultAsync(c => c.Id == 12);
const miss = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);
console.log(`${first.Id} ${pending.Id} ${hit?.Name} ${miss === null ? "null" : "found"}`);
