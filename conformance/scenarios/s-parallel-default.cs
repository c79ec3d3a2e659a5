// Parallel.ForEachAsync without options: the default degree of parallelism, a context per item.
var running = 0;
var peak = 0;
await Parallel.ForEachAsync(new[] { 1, 2, 3, 4, 5, 6 }, async (id, ct) => {
  running++;
  peak = Math.Max(peak, running);
  await using var ctx = await factory.CreateDbContextAsync();
  var c = await ctx.Customers.FirstAsync(x => x.Id == id);
  running--;
  Console.WriteLine($"{id}: {c.Name}");
});
Console.WriteLine($"peak {peak}");
