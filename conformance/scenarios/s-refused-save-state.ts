// A save refused by the ConcurrencyDetector: DetectChanges already ran, so the entry is Modified.
const c = await db.Customers.FirstAsync(x => x.Id == 10);
c.Name = 'Edited';
const counting = db.Orders.CountAsync();
try {
  await db.SaveChangesAsync();
} catch (e) {
  console.log(e instanceof InvalidOperationException ? 'refused' : 'other');
}
console.log(`${db.Entry(c).State}`);
console.log(`${await counting} orders`);
