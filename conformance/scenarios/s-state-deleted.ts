// Verbs on a tracked Deleted entity.
const c = await db.Customers.FirstAsync(x => x.Id == 27);
db.Remove(c);
console.log(`Remove again: ${db.Remove(c).State}`);
console.log(`Add: ${db.Add(c).State}`);
db.Remove(c);
console.log(`Update: ${db.Update(c).State}`);
db.Remove(c);
console.log(`Attach: ${db.Attach(c).State}`);
db.Entry(c).State = EntityState.Modified;
console.log(`saved ${await db.SaveChangesAsync()}`);
