// Fix 3: detach the tracked instance, then attach yours.
var dto = new { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" };

var existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new KeyNotFoundException("404 Not Found");

// When other code loaded it and you hold no reference, find it in the change tracker.
var local = db.ChangeTracker.Entries<Customer>().FirstOrDefault(e => e.Entity.Id == dto.Id);
if (local != null) local.State = EntityState.Detached;

db.Update(new Customer { Id = dto.Id, Name = dto.Name, Email = dto.Email }); // the key is free again: every column is written
await db.SaveChangesAsync();
Console.WriteLine("204 No Content");
