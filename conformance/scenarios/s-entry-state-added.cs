// Entry(e).State = Added / Modified on untracked instances, then save.
var u = new User { Id = 12, Name = "Twelve", LastLogin = new DateTime(2026, 3, 1, 9, 0, 0) };
db.Entry(u).State = EntityState.Added;
var v = new User { Id = 3, Name = "Carol Again", LastLogin = null };
db.Entry(v).State = EntityState.Modified;
Console.WriteLine($"{db.Entry(u).State} {db.Entry(v).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
