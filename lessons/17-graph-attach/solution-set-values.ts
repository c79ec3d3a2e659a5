// Fix 3: keep the tracked graph and copy the body's values onto it, order by order.
// The request body is the whole customer graph, as the client sends it.
const body = new Customer({ Id: 2, Name: 'Customer 2', Email: 'customer2@example.com',
  Orders: [new Order({ Id: 4, CustomerId: 2, Total: 137.5, Status: 'Pending' })] });

const source = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
console.log(`customer 1 has ${source.Orders.length} orders`);

for (const order of body.Orders) {
  const tracked = await db.Orders.FindAsync(order.Id); // already tracked: no query
  if (tracked != null) db.Entry(tracked).CurrentValues.SetValues(order); // only CustomerId differs
}
const saved = await db.SaveChangesAsync();
console.log(`204 No Content (${saved} rows)`);
