// Entry(e).State = … on tracked and untracked instances.
var u = await db.Users.FirstAsync(x => x.Id == 4);
var name = u.Name;
u.Name = "Changed";
db.Entry(u).State = EntityState.Unchanged;
Console.WriteLine(u.Name == name ? "reverted" : $"kept {u.Name}");
db.Entry(u).State = EntityState.Modified;
Console.WriteLine($"{db.Entry(u).State} {(db.Entry(u).Property("LastLogin").IsModified ? "all modified" : "none modified")}");
var ghost = new User { Id = 9, Name = "Ghost", LastLogin = null };
db.Entry(ghost).State = EntityState.Deleted;
db.Entry(u).State = EntityState.Detached;
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries, {db.Entry(u).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
