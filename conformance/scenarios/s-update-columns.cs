// Update two columns of one row; a column set to its current value is not written.
var id = 4;
var c = await db.Customers.FirstAsync(x => x.Id == id);
c.Name = "New Name";
c.Email = "new@example.com";
c.Id = id;
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
