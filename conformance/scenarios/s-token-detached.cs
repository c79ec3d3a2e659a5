// (lesson 13's model: Order.Version is a concurrency token)
var loaded = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == 41);
loaded.Status = "Shipped";
var writer = await factory.CreateDbContextAsync();
writer.Update(loaded);
Console.WriteLine($"saved {await writer.SaveChangesAsync()}");
writer.Remove(loaded);
Console.WriteLine($"deleted {await writer.SaveChangesAsync()}");
await writer.DisposeAsync();
