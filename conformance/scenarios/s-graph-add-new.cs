// Add of a new customer with a new order: the order's FK is the customer's temporary key until the INSERT returns the real one.
// (Temporary values are masked: the oracle's generator counts per process, not per context.)
var c = new Customer { Name = "New", Email = "new@example.com", Orders = { new Order { Total = 3, Status = "Pending" } } };
db.Add(c);
foreach (var l in db.ChangeTracker.DebugView.LongView.Split('\n')) Console.WriteLine(System.Text.RegularExpressions.Regex.Replace(l, "-21474826[0-9][0-9]", "<temp>"));
await db.SaveChangesAsync();
Console.WriteLine($"{c.Id} {c.Orders[0].CustomerId}");
