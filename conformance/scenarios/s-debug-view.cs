// ChangeTracker.DebugView after edits (no DetectChanges) and after Entries().
var c = await db.Customers.FirstAsync(x => x.Id == 21);
var t = await db.Tickets.FirstAsync(x => x.Id == 3);
c.Email = "changed21@example.com";
db.Remove(t);
db.Add(new User { Id = 15, Name = "Fifteen", LastLogin = null });
foreach (var l in db.ChangeTracker.DebugView.ShortView.Split('\n')) Console.WriteLine(l);
Console.WriteLine($"{(db.ChangeTracker.HasChanges() ? "has changes" : "no changes")}");
foreach (var l in db.ChangeTracker.DebugView.LongView.Split('\n')) Console.WriteLine(l);
foreach (var l in db.Entry(c).DebugView.LongView.Split('\n')) Console.WriteLine(l);
