// PUT /customers/7. The request body: the user changed the name, the e-mail is unchanged.
var dto = new { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" };

// Check that the customer exists (this tracks it).
var existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new KeyNotFoundException("404 Not Found");

db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email });
await db.SaveChangesAsync();
Console.WriteLine("204 No Content");
