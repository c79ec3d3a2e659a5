// A DbSet captured before Dispose fails after it; so does the ChangeTracker getter.
var ctx = factory.CreateDbContext();
var customers = ctx.Customers;
ctx.Dispose();
try {
  customers.Add(new Customer { Id = 99, Name = "Late", Email = "late@example.com" });
} catch (Exception e) {
  Console.WriteLine(e is ObjectDisposedException ? "ObjectDisposedException" : "other");
}
Console.WriteLine(ctx.ChangeTracker.Entries().Count());
