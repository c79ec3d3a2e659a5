// OriginalValues and Property(...).IsModified after an edit, before and after DetectChanges.
var u = await db.Users.FirstAsync(x => x.Id == 7);
var before = u.Name;
u.Name = "Edited seven";
Console.WriteLine($"{(db.Entry(u).Property("Name").IsModified ? "modified" : "not modified")} {((string)db.Entry(u).OriginalValues.GetValue<string>("Name") == before ? "original kept" : "original lost")}");
Console.WriteLine($"{((string)db.Entry(u).Property("Name").OriginalValue == before ? "same" : "different")} {(db.Entry(u).Property("LastLogin").IsModified ? "login modified" : "login not modified")}");
await db.SaveChangesAsync();
Console.WriteLine($"{((string)db.Entry(u).Property("Name").OriginalValue == u.Name ? "accepted" : "not accepted")}");
