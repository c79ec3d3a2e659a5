// Add of a new customer with a new order: the order's FK is the customer's temporary key until the INSERT returns the real one.
// (Temporary values are masked: the oracle's generator counts per process, not per context.)
const c = new Customer({ Name: "New", Email: "new@example.com", Orders: [new Order({ Total: 3, Status: "Pending" })] });
db.Add(c);
for (const l of db.ChangeTracker.DebugView.LongView.split('\n')) console.log(l.replace(/-21474826[0-9][0-9]/g, '<temp>'));
await db.SaveChangesAsync();
console.log(`${c.Id} ${c.Orders[0].CustomerId}`);
