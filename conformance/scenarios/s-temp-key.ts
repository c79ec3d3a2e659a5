// Temporary key values live in the entry, not on the entity.
const a = new AuditEntry({ Message: 'one', At: '2026-04-02 08:00:00' });
const b = new AuditEntry({ Message: 'two', At: '2026-04-02 08:01:00' });
db.AuditLog.Add(a);
db.AuditLog.Add(b);
console.log(`${a.Id} ${(db.Entry(a).Property('Id').CurrentValue as number) < 0 ? 'temporary' : 'set'} ${db.Entry(b).Property('Id').CurrentValue === (db.Entry(a).Property('Id').CurrentValue as number) + 1 ? 'next' : 'not next'}`);
for (const l of db.ChangeTracker.DebugView.ShortView.split('\n')) console.log(l.replace(/-[0-9]+/g, '<temp>'));
