// AddAsync, AddRange and RemoveRange, then one save.
await db.Customers.AddAsync(new Customer({ Id: 98, Name: 'Async', Email: 'a98@example.com' }));
db.Users.AddRange(new User({ Id: 16, Name: 'Sixteen', LastLogin: null }), new User({ Id: 17, Name: 'Seventeen', LastLogin: null }));
const tickets = await db.Tickets.Where(t => t.CustomerId == 5).ToListAsync();
db.Tickets.RemoveRange(tickets);
console.log(`${tickets.length} tickets, saved ${await db.SaveChangesAsync()}`);
