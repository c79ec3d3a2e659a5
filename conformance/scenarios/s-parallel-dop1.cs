// MaxDegreeOfParallelism = 1: one worker, so one shared context is used in turn.
await Parallel.ForEachAsync(new[] { 3, 1, 2 }, new ParallelOptions { MaxDegreeOfParallelism = 1 }, async (id, ct) => {
  var c = await db.Customers.FirstAsync(x => x.Id == id);
  Console.WriteLine($"{id}: {c.Name}");
});
Console.WriteLine($"{db.ChangeTracker.Entries().Count()} tracked");
