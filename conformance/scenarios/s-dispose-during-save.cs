// Disposing a context while its SaveChangesAsync is in flight.
var ctx = factory.CreateDbContext();
ctx.Add(new Customer { Id = 97, Name = "In flight", Email = "f97@example.com" });
var saving = ctx.SaveChangesAsync();
ctx.Dispose();
try {
  await saving;
} catch (Exception e) {
  Console.WriteLine($"{(e is DbUpdateException ? "DbUpdateException" : e is InvalidOperationException ? "InvalidOperationException" : "other")}: {e.Message.Split('\n')[1]}");
}
Console.WriteLine($"{await db.Customers.CountAsync(x => x.Id == 97)}");
