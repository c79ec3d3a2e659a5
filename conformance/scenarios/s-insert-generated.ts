// Insert several rows whose keys the database generates, and read them back.
const a = new AuditEntry({ Message: 'first', At: '2026-01-01 10:00:00' });
const b = new AuditEntry({ Message: 'second', At: '2026-01-01 10:05:00' });
db.AuditLog.AddRange(a, b);
console.log(`before: ${a.Id} ${db.Entry(a).State}`);
console.log(`saved ${await db.SaveChangesAsync()}`);
console.log(`after: ${a.Id} ${b.Id} ${db.Entry(b).State}`);
