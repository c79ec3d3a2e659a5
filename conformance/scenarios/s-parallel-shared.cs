// Parallel.ForEachAsync sharing one context: the detector stops the second worker.
await Parallel.ForEachAsync(new[] { 1, 2, 3, 4 }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (id, ct) => {
  var c = await db.Customers.FirstAsync(x => x.Id == id);
  Console.WriteLine(c.Name);
});
Console.WriteLine("not reached");
