// A DbSet captured before Dispose fails after it; so does the ChangeTracker getter.
const ctx = factory.CreateDbContext();
const customers = ctx.Customers;
ctx.Dispose();
try {
  customers.Add(new Customer({ Id: 99, Name: 'Late', Email: 'late@example.com' }));
} catch (e) {
  console.log(e instanceof ObjectDisposedException ? 'ObjectDisposedException' : 'other');
}
console.log(ctx.ChangeTracker.Entries().length);
