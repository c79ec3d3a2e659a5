// Disposing a context while its SaveChangesAsync is in flight.
const ctx = factory.CreateDbContext();
ctx.Add(new Customer({ Id: 97, Name: 'In flight', Email: 'f97@example.com' }));
const saving = ctx.SaveChangesAsync();
ctx.Dispose();
try {
  await saving;
} catch (e) {
  console.log(`${e instanceof DbUpdateException ? 'DbUpdateException' : e instanceof InvalidOperationException ? 'InvalidOperationException' : 'other'}: ${(e as Error).message.split('\n')[1]}`);
}
console.log(`${await db.Customers.CountAsync(x => x.Id == 97)}`);
