// A failing save inside a transaction: the valid insert is rolled back, entries keep their states.
var ok = new Customer { Id = 71, Name = "Valid", Email = "v@example.com" };
var bad = new Customer { Id = 72, Name = "Invalid", Email = null };
db.AddRange(ok, bad);
try {
  await db.SaveChangesAsync();
} catch (Exception e) {
  Console.WriteLine(e is DbUpdateException ? "DbUpdateException" : "other");
}
Console.WriteLine($"{db.Entry(ok).State} {db.Entry(bad).State}");
Console.WriteLine($"{await db.Customers.CountAsync(x => x.Id > 70)} rows");
