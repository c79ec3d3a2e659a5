// Temporary key values live in the entry, not on the entity.
var a = new AuditEntry { Message = "one", At = new DateTime(2026, 4, 2, 8, 0, 0) };
var b = new AuditEntry { Message = "two", At = new DateTime(2026, 4, 2, 8, 1, 0) };
db.AuditLog.Add(a);
db.AuditLog.Add(b);
Console.WriteLine($"{a.Id} {db.Entry(a).Property("Id").CurrentValue} {db.Entry(b).Property("Id").CurrentValue}");
Console.WriteLine(db.ChangeTracker.DebugView.ShortView);
