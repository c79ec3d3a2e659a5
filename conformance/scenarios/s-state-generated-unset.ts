// State = Modified / Unchanged on entities whose generated key is unset.
const a = new AuditEntry({ Message: 'never saved', At: '2026-04-03 08:00:00' });
db.Add(a);
try {
  db.Entry(a).State = EntityState.Unchanged;
} catch (e) {
  console.log((e as Error).message);
}
const b = new AuditEntry({ Message: 'detached', At: '2026-04-03 09:00:00' });
db.Entry(b).State = EntityState.Modified;
console.log(`${db.Entry(b).State}`);
