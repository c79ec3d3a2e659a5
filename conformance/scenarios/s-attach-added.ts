// Attach() of an Added entity with a temporary key; Update() of a new one with an unset generated key.
const b = new AuditEntry({ Message: 'fresh', At: '2026-04-01 08:30:00' });
console.log(`Update new: ${db.Update(b).State}`);
console.log(`saved ${await db.SaveChangesAsync()} ${b.Id}`);
const a = new AuditEntry({ Message: 'draft', At: '2026-04-01 08:00:00' });
db.Add(a);
console.log(`Attach: ${db.Attach(a).State}`);
