// Fix 2: do the check on its own short-lived context, so the request's context starts empty.
// The request body is the whole customer graph, as the client sends it.
const body = new Customer({ Id: 2, Name: 'Customer 2', Email: 'customer2@example.com',
  Orders: [new Order({ Id: 4, CustomerId: 2, Total: 137.5, Status: 'Pending' })] });

{ await using readDb = await factory.CreateDbContextAsync();
  const source = await readDb.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
  console.log(`customer 1 has ${source.Orders.length} orders`);
}
db.Update(body); // db has tracked nothing yet: the graph attaches cleanly
const saved = await db.SaveChangesAsync();
console.log(`204 No Content (${saved} rows)`);
