// Temporary key values live in the entry, not on the entity.
var a = new AuditEntry { Message = "one", At = new DateTime(2026, 4, 2, 8, 0, 0) };
var b = new AuditEntry { Message = "two", At = new DateTime(2026, 4, 2, 8, 1, 0) };
db.AuditLog.Add(a);
db.AuditLog.Add(b);
Console.WriteLine($"{a.Id} {((int)db.Entry(a).Property("Id").CurrentValue < 0 ? "temporary" : "set")} {((int)db.Entry(b).Property("Id").CurrentValue == (int)db.Entry(a).Property("Id").CurrentValue + 1 ? "next" : "not next")}");
foreach (var l in db.ChangeTracker.DebugView.ShortView.Split('\n')) Console.WriteLine(System.Text.RegularExpressions.Regex.Replace(l, "-[0-9]+", "<temp>"));
