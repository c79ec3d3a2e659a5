// Attaching a second instance with a tracked key.
const id = 11;
const c = await db.Customers.FirstAsync(x => x.Id == id);
console.log(c.Name);
db.Attach(new Customer({ Id: id, Name: c.Name, Email: c.Email }));
