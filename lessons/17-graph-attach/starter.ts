// PUT /customers/2: the client moves order 4 from customer 1 to customer 2.
// The request body is the whole customer graph, as the client sends it.
const body = new Customer({ Id: 2, Name: 'Customer 2', Email: 'customer2@example.com',
  Orders: [new Order({ Id: 4, CustomerId: 2, Total: 137.5, Status: 'Pending' })] });

// Earlier in the handler: check that order 4 belongs to customer 1 (this tracks the graph).
const source = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
console.log(`customer 1 has ${source.Orders.length} orders`);

db.Update(body);
const saved = await db.SaveChangesAsync();
console.log(`204 No Content (${saved} rows)`);
