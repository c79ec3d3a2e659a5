// (lesson 13's model: Order.Version is a concurrency token)
var a = await factory.CreateDbContextAsync();
var b = await factory.CreateDbContextAsync();
var oa = await a.Orders.FirstAsync(o => o.Id == 42);
var ob = await b.Orders.FirstAsync(o => o.Id == 42);
oa.Version = oa.Version + 1;
Console.WriteLine($"a saved {await a.SaveChangesAsync()}");
b.Remove(ob);
try {
  await b.SaveChangesAsync();
} catch (Exception e) {
  Console.WriteLine(e is DbUpdateConcurrencyException ? e.Message : "other");
}
Console.WriteLine($"{b.Entry(ob).State}");
await a.DisposeAsync();
await b.DisposeAsync();
