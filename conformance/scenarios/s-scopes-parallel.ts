// A DI scope per item: each flow resolves its own context.
await Parallel.ForEachAsync([1, 2, 3], { MaxDegreeOfParallelism: 2 }, async (id) => {
  await using scope = scopes.CreateAsyncScope();
  const ctx = scope.ServiceProvider.GetRequiredService(AppDb);
  const c = await ctx.Customers.FirstAsync(x => x.Id == id);
  console.log(`${id}: ${c.Name}`);
});
console.log('done');
