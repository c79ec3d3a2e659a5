// @conformance provider=sqlite latency=0
// Two async functions started together, each awaiting two queries: .NET runs the first to the end
// (every await finds a completed task), JavaScript interleaves them (every await is a microtask).
async function load(name: string, id: number) {
  const customer = await db.Customers.FirstAsync(c => c.Id == id);
  const orders = await db.Orders.CountAsync(o => o.CustomerId == id);
  console.log(`${name}: ${customer.Name}, ${orders} orders`);
}
await Task.WhenAll(load("a", 1), load("b", 2));
