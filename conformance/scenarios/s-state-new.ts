// Add / Attach / Update / Remove of new (untracked) instances.
const c1 = new Customer({ Id: 81, Name: 'A', Email: 'a@example.com' });
const c2 = new Customer({ Id: 82, Name: 'B', Email: 'b@example.com' });
const c3 = new Customer({ Id: 83, Name: 'C', Email: 'c@example.com' });
const c4 = new Customer({ Id: 84, Name: 'D', Email: 'd@example.com' });
console.log(`before: ${db.Entry(c1).State}`);
console.log(`Add: ${db.Add(c1).State}`);
console.log(`Attach: ${db.Attach(c2).State}`);
console.log(`Update: ${db.Update(c3).State}`);
console.log(`Remove: ${db.Remove(c4).State}`);
console.log(`${db.ChangeTracker.Entries().length} entries`);
