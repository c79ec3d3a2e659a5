// Fix 2: check existence without tracking anything, then attach the new instance.
const dto = { Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' };

const exists = await db.Customers.AsNoTracking().AnyAsync(c => c.Id == dto.Id);
if (!exists) throw new Error('404 Not Found');

db.Update(new Customer(dto)); // nothing tracked with Id 7: no conflict, every column is written
await db.SaveChangesAsync();
console.log('204 No Content');
