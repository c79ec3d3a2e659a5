// @conformance provider=sqlite latency=0
// Two async functions started together, each awaiting two queries: .NET runs the first to the end
// (every await finds a completed task), JavaScript interleaves them (every await is a microtask).
async Task Load(string name, int id)
{   var customer = await db.Customers.FirstAsync(c => c.Id == id);
    var orders = await db.Orders.CountAsync(o => o.CustomerId == id);
    Console.WriteLine($"{name}: {customer.Name}, {orders} orders");
}
await Task.WhenAll(Load("a", 1), Load("b", 2));
