// A failing save inside a transaction: the valid insert is rolled back, entries keep their states.
const ok = new Customer({ Id: 71, Name: 'Valid', Email: 'v@example.com' });
const bad = new Customer({ Id: 72, Name: 'Invalid', Email: null as unknown as string });
db.AddRange(ok, bad);
try {
  await db.SaveChangesAsync();
} catch (e) {
  console.log(e instanceof DbUpdateException ? 'DbUpdateException' : 'other');
}
console.log(`${db.Entry(ok).State} ${db.Entry(bad).State}`);
console.log(`${await db.Customers.CountAsync(x => x.Id > 70)} rows`);
