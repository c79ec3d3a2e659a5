// Update of a graph: the root is new, but an order in its collection has a tracked key.
const current = await db.Customers.Include(c => c.Orders).FirstAsync(c => c.Id == 1);
console.log(`${current.Orders.length}`);
const body = new Customer({ Id: 2, Name: "Customer 2", Email: "customer2@example.com", Orders: [new Order({ Id: 4, CustomerId: 2, Total: 5, Status: "Pending" })] });
try { db.Update(body); } catch (e) { if (!(e instanceof InvalidOperationException)) throw e; console.log(e.message); }
for (const e of db.ChangeTracker.Entries()) console.log(`${e.Entity.constructor.name} ${e.State}`);
const body2 = new Order({ Id: 5, CustomerId: 1, Total: 5, Status: "Pending", Customer: new Customer({ Id: 1, Name: "x", Email: "y" }) });
try { db.Attach(body2); } catch (e) { if (!(e instanceof InvalidOperationException)) throw e; console.log(e.message); }
for (const e of db.ChangeTracker.Entries()) console.log(`${e.Entity.constructor.name} ${e.State}`);
db.Update(body);
