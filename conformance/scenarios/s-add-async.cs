// AddAsync, AddRange and RemoveRange, then one save.
await db.Customers.AddAsync(new Customer { Id = 98, Name = "Async", Email = "a98@example.com" });
db.Users.AddRange(new User { Id = 16, Name = "Sixteen", LastLogin = null }, new User { Id = 17, Name = "Seventeen", LastLogin = null });
var tickets = await db.Tickets.Where(t => t.CustomerId == 5).ToListAsync();
db.Tickets.RemoveRange(tickets);
Console.WriteLine($"{tickets.Count} tickets, saved {await db.SaveChangesAsync()}");
