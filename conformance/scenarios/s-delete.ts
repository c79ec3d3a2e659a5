// Delete a row found by key.
const t = await db.Tickets.FindAsync(5);
db.Tickets.Remove(t!);
console.log(`${db.Entry(t!).State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${db.Entry(t!).State}`);
