// ChangeTracker.DebugView after edits (no DetectChanges) and after Entries().
const c = await db.Customers.FirstAsync(x => x.Id == 21);
const t = await db.Tickets.FirstAsync(x => x.Id == 3);
c.Email = 'changed21@example.com';
db.Remove(t);
db.Add(new User({ Id: 15, Name: 'Fifteen', LastLogin: null }));
for (const l of db.ChangeTracker.DebugView.ShortView.split('\n')) console.log(l);
console.log(`${db.ChangeTracker.HasChanges() ? 'has changes' : 'no changes'}`);
for (const l of db.ChangeTracker.DebugView.LongView.split('\n')) console.log(l);
for (const l of db.Entry(c).DebugView.LongView.split('\n')) console.log(l);
