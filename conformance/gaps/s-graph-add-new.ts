// Add of a new customer with a new order: the order's FK is the customer's temporary key until the INSERT returns the real one.
const c = new Customer({ Name: "New", Email: "new@example.com", Orders: [new Order({ Total: 3, Status: "Pending" })] });
db.Add(c);
for (const l of db.ChangeTracker.DebugView.LongView.split('\n')) console.log(l);
await db.SaveChangesAsync();
console.log(`${c.Id} ${c.Orders[0].CustomerId}`);
