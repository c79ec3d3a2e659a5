// Temporary key values live in the entry, not on the entity.
const a = new AuditEntry({ Message: 'one', At: '2026-04-02 08:00:00' });
const b = new AuditEntry({ Message: 'two', At: '2026-04-02 08:01:00' });
db.AuditLog.Add(a);
db.AuditLog.Add(b);
console.log(`${a.Id} ${db.Entry(a).Property('Id').CurrentValue} ${db.Entry(b).Property('Id').CurrentValue}`);
console.log(db.ChangeTracker.DebugView.ShortView);
