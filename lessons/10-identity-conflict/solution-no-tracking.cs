// Fix 2: check existence without tracking anything, then attach the new instance.
var dto = new { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" };

var exists = await db.Customers.AsNoTracking().AnyAsync(c => c.Id == dto.Id);
if (!exists) throw new KeyNotFoundException("404 Not Found");

db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email }); // nothing tracked with Id 7: no conflict, every column is written
await db.SaveChangesAsync();
Console.WriteLine("204 No Content");
