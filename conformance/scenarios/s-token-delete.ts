// @conformance lesson=13-across-contexts
const a = await factory.CreateDbContextAsync();
const b = await factory.CreateDbContextAsync();
const oa = await a.Orders.FirstAsync(o => o.Id == 42);
const ob = await b.Orders.FirstAsync(o => o.Id == 42);
oa.Version = oa.Version + 1;
console.log(`a saved ${await a.SaveChangesAsync()}`);
b.Remove(ob);
try {
  await b.SaveChangesAsync();
} catch (e) {
  console.log(e instanceof DbUpdateConcurrencyException ? (e as Error).message : 'other');
}
console.log(`${b.Entry(ob).State}`);
await a.DisposeAsync();
await b.DisposeAsync();
