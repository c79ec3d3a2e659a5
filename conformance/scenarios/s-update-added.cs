// Update()/Attach() of an entity tracked as Added with a temporary key, and Update() of a new one.
var a = new AuditEntry { Message = "draft", At = new DateTime(2026, 4, 1, 8, 0, 0) };
db.Add(a);
Console.WriteLine($"Update: {db.Update(a).State}");
Console.WriteLine($"Attach: {db.Attach(a).State}");
var b = new AuditEntry { Message = "fresh", At = new DateTime(2026, 4, 1, 8, 30, 0) };
Console.WriteLine($"Update new: {db.Update(b).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{a.Id} {b.Id}");
