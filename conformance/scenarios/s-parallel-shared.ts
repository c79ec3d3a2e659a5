// Parallel.ForEachAsync sharing one context: the detector stops the second worker.
await Parallel.ForEachAsync([1, 2, 3, 4], { MaxDegreeOfParallelism: 2 }, async (id) => {
  const c = await db.Customers.FirstAsync(x => x.Id == id);
  console.log(c.Name);
});
console.log('not reached');
