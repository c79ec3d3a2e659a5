// Attaching a second instance with a tracked key.
var id = 11;
var c = await db.Customers.FirstAsync(x => x.Id == id);
Console.WriteLine(c.Name);
db.Attach(new Customer { Id = id, Name = c.Name, Email = c.Email });
