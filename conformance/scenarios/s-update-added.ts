// Update()/Attach() of an entity tracked as Added with a temporary key, and Update() of a new one.
const a = new AuditEntry({ Message: 'draft', At: '2026-04-01 08:00:00' });
db.Add(a);
console.log(`Update: ${db.Update(a).State}`);
console.log(`Attach: ${db.Attach(a).State}`);
const b = new AuditEntry({ Message: 'fresh', At: '2026-04-01 08:30:00' });
console.log(`Update new: ${db.Update(b).State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`${a.Id} ${b.Id}`);
