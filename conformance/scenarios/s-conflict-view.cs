// After a caught identity conflict: what Entries(), HasChanges and the debug view show.
var c = await db.Customers.FirstAsync(x => x.Id == 29);
try {
  db.Add(new Customer { Id = 29, Name = "Duplicate", Email = c.Email });
} catch (Exception e) {
  Console.WriteLine(e is InvalidOperationException ? "conflict" : "other");
}
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} entries, {(db.ChangeTracker.HasChanges() ? "has changes" : "no changes")}");
foreach (var l in db.ChangeTracker.DebugView.ShortView.Split('\n')) Console.WriteLine(l);
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
