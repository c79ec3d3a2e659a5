// Attach() of an Added entity with a temporary key; Update() of a new one with an unset generated key.
var b = new AuditEntry { Message = "fresh", At = new DateTime(2026, 4, 1, 8, 30, 0) };
Console.WriteLine($"Update new: {db.Update(b).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()} {b.Id}");
var a = new AuditEntry { Message = "draft", At = new DateTime(2026, 4, 1, 8, 0, 0) };
db.Add(a);
Console.WriteLine($"Attach: {db.Attach(a).State}");
