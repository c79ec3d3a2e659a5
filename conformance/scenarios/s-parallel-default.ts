// Parallel.ForEachAsync without options: the default degree of parallelism, a context per item.
let running = 0;
let peak = 0;
await Parallel.ForEachAsync([1, 2, 3, 4, 5, 6], async (id) => {
  running++;
  peak = Math.max(peak, running);
  await using ctx = await factory.CreateDbContextAsync();
  const c = await ctx.Customers.FirstAsync(x => x.Id == id);
  running--;
  console.log(`${id}: ${c.Name}`);
});
console.log(`peak ${peak}`);
