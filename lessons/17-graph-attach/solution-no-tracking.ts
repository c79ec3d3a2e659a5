// Fix 1: read without tracking. The check needs the data, not the change tracker.
// The request body is the whole customer graph, as the client sends it.
const body = new Customer({ Id: 2, Name: 'Customer 2', Email: 'customer2@example.com',
  Orders: [new Order({ Id: 4, CustomerId: 2, Total: 137.5, Status: 'Pending' })] });

// AsNoTracking: the loaded customer and orders never enter the identity map.
const source = await db.Customers.AsNoTracking().Include(c => c.Orders).FirstAsync(c => c.Id == 1);
console.log(`customer 1 has ${source.Orders.length} orders`);

db.Update(body); // customer 2 and order 4 are tracked as Modified: every column is written
const saved = await db.SaveChangesAsync();
console.log(`204 No Content (${saved} rows)`);
