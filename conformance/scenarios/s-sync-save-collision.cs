// A synchronous SaveChanges while an async query holds the context.
var c = await db.Customers.FirstAsync(x => x.Id == 26);
c.Name = "Sync collide";
var pending = db.Orders.ToListAsync();
Console.WriteLine("saving");
db.SaveChanges();
Console.WriteLine($"{(await pending).Count}");
