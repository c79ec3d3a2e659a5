// @conformance lesson=13-across-contexts
const a = await factory.CreateDbContextAsync();
const b = await factory.CreateDbContextAsync();
const oa = await a.Orders.FirstAsync(o => o.Id == 40);
const ob = await b.Orders.FirstAsync(o => o.Id == 40);
oa.Total = oa.Total + 10;
oa.Version = oa.Version + 1;
console.log(`a saved ${await a.SaveChangesAsync()}`);
ob.Total = ob.Total - 5;
ob.Version = ob.Version + 1;
try {
  await b.SaveChangesAsync();
} catch (e) {
  console.log(e instanceof DbUpdateConcurrencyException ? 'conflict' : 'other');
}
console.log(`${b.Entry(ob).State} ${a.Entry(oa).State}`);
await b.SaveChangesAsync();
