// ChangeTracker.DebugView after edits (no DetectChanges) and after Entries().
var c = await db.Customers.FirstAsync(x => x.Id == 21);
var t = await db.Tickets.FirstAsync(x => x.Id == 3);
c.Email = "changed21@example.com";
db.Remove(t);
db.Add(new User { Id = 15, Name = "Fifteen", LastLogin = null });
Console.WriteLine(db.ChangeTracker.DebugView.ShortView);
Console.WriteLine($"{(db.ChangeTracker.HasChanges() ? "has changes" : "no changes")}");
Console.WriteLine(db.ChangeTracker.DebugView.LongView);
