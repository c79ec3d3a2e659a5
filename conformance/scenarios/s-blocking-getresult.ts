// GetAwaiter().GetResult() while another query holds the context: the original exception.
const pending = db.Orders.ToListAsync();
console.log('started');
const n = await db.Customers.CountAsync(); // C#: .GetAwaiter().GetResult()
console.log(`${n} customers, ${(await pending).length} orders`);
