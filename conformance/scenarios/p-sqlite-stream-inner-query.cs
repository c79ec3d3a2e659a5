// @conformance provider=sqlite latency=0
// A query between the rows of a stream: SQLite allows a second reader on the connection.
var total = 0;
await foreach (var ticket in db.Tickets.OrderBy(t => t.Id).Take(3).AsAsyncEnumerable())
{   var orders = await db.Orders.Where(o => o.CustomerId == ticket.CustomerId).CountAsync();
    total += orders;
}
Console.WriteLine($"{total} orders");
