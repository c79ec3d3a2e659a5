// A save refused by the ConcurrencyDetector: DetectChanges already ran, so the entry is Modified.
var c = await db.Customers.FirstAsync(x => x.Id == 10);
c.Name = "Edited";
var counting = db.Orders.CountAsync();
try {
  await db.SaveChangesAsync();
} catch (Exception e) {
  Console.WriteLine(e is InvalidOperationException ? "refused" : "other");
}
Console.WriteLine($"{db.Entry(c).State}");
Console.WriteLine($"{await counting} orders");
