// Part 1: an order loaded by one context and saved through another.
const loaded = await loadOrder(40);
loaded.Status = 'Shipped';
{
  await using writer = await factory.CreateDbContextAsync();
  writer.Update(loaded); // every column is written, Version included
  await writer.SaveChangesAsync();
}

// Part 2, fixed: Order.Version is a concurrency token. Every writer changes it, so a save
// based on stale data matches no row, and EF Core throws DbUpdateConcurrencyException.
async function adjustTotal(agent: string, delta: number) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await using ctx = await factory.CreateDbContextAsync();
    const order = await ctx.Orders.FirstAsync(o => o.Id == 40);
    order.Total = order.Total + delta;
    order.Version = order.Version + 1;
    try {
      await ctx.SaveChangesAsync();
      console.log(`${agent}: saved total ${order.Total}`);
      return;
    } catch (e) {
      if (!(e instanceof DbUpdateConcurrencyException)) throw e;
      console.log(`${agent}: the order changed since it was loaded; loading it again`);
    }
  }
  throw new Error(`${agent}: gave up after 3 attempts`);
}

const before = (await loadOrder(40)).Total;
await Task.WhenAll(adjustTotal('Agent A (+10 shipping)', 10), adjustTotal('Agent B (-5 discount)', -5));
const after = (await loadOrder(40)).Total;
console.log(after === before + 5 ? `Both changes kept: ${before} -> ${after}` : `Lost update: ${before} -> ${after}, expected ${before + 5}`);

async function loadOrder(id: number) {
  await using reader = await factory.CreateDbContextAsync();
  return await reader.Orders.AsNoTracking().FirstAsync(o => o.Id == id);
}
