// Fix 3: detach the tracked instance, then attach yours.
const dto = { Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' };

const existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new Error('404 Not Found');

// When other code loaded it and you hold no reference, find it in the change tracker.
const local = db.ChangeTracker.Entries().find(e => e.Entity instanceof Customer && e.Entity.Id == dto.Id);
if (local) local.State = EntityState.Detached;

db.Update(new Customer(dto)); // the key is free again: every column is written
await db.SaveChangesAsync();
console.log('204 No Content');
