// After a caught identity conflict: what Entries(), HasChanges and the debug view show.
const c = await db.Customers.FirstAsync(x => x.Id == 29);
try {
  db.Add(new Customer({ Id: 29, Name: 'Duplicate', Email: c.Email }));
} catch (e) {
  console.log(e instanceof InvalidOperationException ? 'conflict' : 'other');
}
console.log(`${db.ChangeTracker.Entries().length} entries, ${db.ChangeTracker.HasChanges() ? 'has changes' : 'no changes'}`);
for (const l of db.ChangeTracker.DebugView.ShortView.split('\n')) console.log(l);
console.log(`saved ${await db.SaveChangesAsync()}`);
