// PUT /customers/7. The request body: the user changed the name, the e-mail is unchanged.
const dto = { Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' };

// Check that the customer exists (this tracks it).
const existing = await db.Customers.FirstOrDefaultAsync(c => c.Id == dto.Id);
if (existing == null) throw new Error('404 Not Found');

db.Update(new Customer(dto));
await db.SaveChangesAsync();
console.log('204 No Content');
