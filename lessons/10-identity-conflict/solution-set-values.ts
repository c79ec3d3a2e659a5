// Fix 1: copy the new values onto the tracked instance.
const dto = { Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' };

const existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new Error('404 Not Found');

db.Entry(existing).CurrentValues.SetValues(dto); // marks only the properties that differ
await db.SaveChangesAsync();
console.log('204 No Content');
