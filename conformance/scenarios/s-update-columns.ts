// Update two columns of one row; a column set to its current value is not written.
const id = 4;
const c = await db.Customers.FirstAsync(x => x.Id == id);
c.Name = 'New Name';
c.Email = 'new@example.com';
c.Id = id;
console.log(`saved ${await db.SaveChangesAsync()}`);
