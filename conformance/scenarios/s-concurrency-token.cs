// (lesson 13's model: Order.Version is a concurrency token)
var a = await factory.CreateDbContextAsync();
var b = await factory.CreateDbContextAsync();
var oa = await a.Orders.FirstAsync(o => o.Id == 40);
var ob = await b.Orders.FirstAsync(o => o.Id == 40);
oa.Total = oa.Total + 10;
oa.Version = oa.Version + 1;
Console.WriteLine($"a saved {await a.SaveChangesAsync()}");
ob.Total = ob.Total - 5;
ob.Version = ob.Version + 1;
try {
  await b.SaveChangesAsync();
} catch (Exception e) {
  Console.WriteLine(e is DbUpdateConcurrencyException ? "conflict" : "other");
}
Console.WriteLine($"{b.Entry(ob).State} {a.Entry(oa).State}");
await b.SaveChangesAsync();
