// Part 1: an order loaded by one context and saved through another.
const loaded = await loadOrder(40);
loaded.Status = 'Shipped';
{
  await using writer = await factory.CreateDbContextAsync();
  writer.Update(loaded); // this context never saw the original values
  await writer.SaveChangesAsync();
}

// Part 2: two agents adjust order 40 at the same time, each in its own request (its own context).
async function adjustTotal(agent: string, delta: number) {
  await using ctx = await factory.CreateDbContextAsync();
  const order = await ctx.Orders.FirstAsync(o => o.Id == 40);
  order.Total = order.Total + delta;
  await ctx.SaveChangesAsync();
  console.log(`${agent}: saved total ${order.Total}`);
}

const before = (await loadOrder(40)).Total;
await Task.WhenAll(adjustTotal('Agent A (+10 shipping)', 10), adjustTotal('Agent B (-5 discount)', -5));
const after = (await loadOrder(40)).Total;
console.log(after === before + 5 ? `Both changes kept: ${before} -> ${after}` : `Lost update: ${before} -> ${after}, expected ${before + 5}`);

async function loadOrder(id: number) {
  await using reader = await factory.CreateDbContextAsync();
  return await reader.Orders.AsNoTracking().FirstAsync(o => o.Id == id);
}
