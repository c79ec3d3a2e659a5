// MaxDegreeOfParallelism = 1: one worker, so one shared context is used in turn.
await Parallel.ForEachAsync([3, 1, 2], { MaxDegreeOfParallelism: 1 }, async (id) => {
  const c = await db.Customers.FirstAsync(x => x.Id == id);
  console.log(`${id}: ${c.Name}`);
});
console.log(`${db.ChangeTracker.Entries().length} tracked`);
