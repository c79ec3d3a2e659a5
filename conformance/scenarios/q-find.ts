// FindAsync: a miss queries; a hit queries once, then comes from the tracker without SQL.
const a = await db.Customers.FindAsync(8);
const b = await db.Customers.FindAsync(8);
const miss = await db.Customers.FindAsync(404);
const id = 9;
const c = await db.Customers.FindAsync(id);
console.log(`${a?.Name} same: ${a === b ? "yes" : "no"} miss: ${miss === null ? "null" : "found"} ${c?.Email}`);
