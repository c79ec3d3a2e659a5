// Two queries started together on one context: the second one throws, the first completes.
var orders = db.Orders.ToListAsync();
var customers = db.Customers.CountAsync();
try {
  await customers;
} catch (Exception e) {
  Console.WriteLine(e is InvalidOperationException ? "second refused" : "other");
}
Console.WriteLine($"{(await orders).Count} orders");
