// String functions on a column: ToLower, ToUpper, Trim, Length.
const a = await db.Customers.CountAsync(c => c.Name.toLowerCase() == "customer 3");
const b = await db.Users.FirstAsync(u => u.Name.toUpperCase() == "GRACE");
const d = await db.Users.CountAsync(u => u.Name.trim() == u.Name);
const e = await db.Users.Where(u => u.Name.length > 4).OrderBy(u => u.Id).ToListAsync();
console.log(`${a} ${b.Id} ${d} ${e.map(u => u.Name).join(",")}`);
