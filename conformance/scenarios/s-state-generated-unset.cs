// State = Modified / Unchanged on entities whose generated key is unset.
var a = new AuditEntry { Message = "never saved", At = new DateTime(2026, 4, 3, 8, 0, 0) };
db.Add(a);
try {
  db.Entry(a).State = EntityState.Unchanged;
} catch (Exception e) {
  Console.WriteLine(e.Message);
}
var b = new AuditEntry { Message = "detached", At = new DateTime(2026, 4, 3, 9, 0, 0) };
db.Entry(b).State = EntityState.Modified;
Console.WriteLine($"{db.Entry(b).State}");
