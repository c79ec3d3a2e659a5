// A synchronous SaveChanges while an async query holds the context.
const c = await db.Customers.FirstAsync(x => x.Id == 26);
c.Name = 'Sync collide';
const pending = db.Orders.ToListAsync();
console.log('saving');
db.SaveChanges();
console.log(`${(await pending).length}`);
