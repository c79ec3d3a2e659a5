// Insert several rows whose keys the database generates, and read them back.
var a = new AuditEntry { Message = "first", At = new DateTime(2026, 1, 1, 10, 0, 0) };
var b = new AuditEntry { Message = "second", At = new DateTime(2026, 1, 1, 10, 5, 0) };
db.AuditLog.AddRange(a, b);
Console.WriteLine($"before: {a.Id} {db.Entry(a).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"after: {a.Id} {b.Id} {db.Entry(b).State}");
