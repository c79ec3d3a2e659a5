// CurrentValues.SetValues marks only the properties whose value differs.
var c = await db.Customers.FirstAsync(x => x.Id == 6);
db.Entry(c).CurrentValues.SetValues(new { Id = 6, Name = c.Name, Email = c.Email });
Console.WriteLine($"same: {db.Entry(c).State}");
db.Entry(c).CurrentValues.SetValues(new { Id = 6, Name = "New Name", Email = c.Email });
Console.WriteLine($"changed: {db.Entry(c).State} {(db.Entry(c).Property("Email").IsModified ? "email modified" : "email unchanged")}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
