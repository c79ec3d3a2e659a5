// Fix 1: copy the new values onto the tracked instance.
var dto = new { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" };

var existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new KeyNotFoundException("404 Not Found");

db.Entry(existing).CurrentValues.SetValues(dto); // marks only the properties that differ
await db.SaveChangesAsync();
Console.WriteLine("204 No Content");
