// Update of an untracked graph: the root and orders with keys are Modified, a new order is Added with the root's key as FK.
const body = new Customer({ Id: 2, Name: "Customer 2", Email: "customer2@example.com", Orders: [new Order({ Id: 4, CustomerId: 2, Total: 5, Status: "Pending" }), new Order({ Total: 7, Status: "Pending" })] });
db.Update(body);
for (const e of db.ChangeTracker.Entries()) console.log(`${e.Entity.constructor.name} ${e.State}`);
console.log(`${body.Orders[1].CustomerId} ${body.Orders[1].Customer === body ? "fixed" : "null"}`);
for (const l of db.ChangeTracker.DebugView.ShortView.split('\n')) console.log(l.startsWith("Order {Id: -") ? "Order (temporary key) Added" : l);
const n = await db.SaveChangesAsync();
console.log(`${n} ${body.Orders[1].Id}`);
