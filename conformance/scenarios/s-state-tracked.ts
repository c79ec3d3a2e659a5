// Add / Attach / Update / Remove of an instance the context already tracks.
const c = await db.Customers.FirstAsync(x => x.Id == 5);
console.log(`loaded: ${db.Entry(c).State}`);
console.log(`Update: ${db.Update(c).State}`);
c.Name = 'Edited';
console.log(`Attach: ${db.Attach(c).State}`);
console.log(`Remove: ${db.Remove(c).State}`);
console.log(`Attach: ${db.Attach(c).State}`);
console.log(`Add: ${db.Add(c).State}`);
console.log(`Remove: ${db.Remove(c).State}`);
console.log(`${db.ChangeTracker.Entries().length} entries`);
