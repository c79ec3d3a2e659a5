// A DI scope per item: each flow resolves its own context.
await Parallel.ForEachAsync(new[] { 1, 2, 3 }, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (id, ct) => {
  await using var scope = scopes.CreateAsyncScope();
  var ctx = scope.ServiceProvider.GetRequiredService<AppDb>();
  var c = await ctx.Customers.FirstAsync(x => x.Id == id);
  Console.WriteLine($"{id}: {c.Name}");
});
Console.WriteLine("done");
