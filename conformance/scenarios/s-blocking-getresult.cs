// GetAwaiter().GetResult() while another query holds the context: the original exception.
var pending = db.Orders.ToListAsync();
Console.WriteLine("started");
var n = db.Customers.CountAsync().GetAwaiter().GetResult();
Console.WriteLine($"{n} customers, {(await pending).Count} orders");
