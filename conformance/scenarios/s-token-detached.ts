// @conformance lesson=13-across-contexts
const loaded = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == 41);
loaded.Status = 'Shipped';
const writer = await factory.CreateDbContextAsync();
writer.Update(loaded);
console.log(`saved ${await writer.SaveChangesAsync()}`);
writer.Remove(loaded);
console.log(`deleted ${await writer.SaveChangesAsync()}`);
await writer.DisposeAsync();
