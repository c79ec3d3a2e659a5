// @conformance provider=sqlite latency=0
// A query between the rows of a stream: SQLite allows a second reader on the connection.
let total = 0;
for await (const ticket of db.Tickets.OrderBy(t => t.Id).Take(3).AsAsyncEnumerable()) {
  const orders = await db.Orders.Where(o => o.CustomerId == ticket.CustomerId).CountAsync();
  total += orders;
}
console.log(`${total} orders`);
