// Fix 1: finish one unit of work before starting the next.
async Task ProcessUser(int userId)
{   var user = await db.Users.FindAsync(userId);
    if (user == null) return;
    user.LastLogin = new DateTime(2026, 3, 1, 8, 0, 0);
    await db.SaveChangesAsync();
    var order = await db.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
    Console.WriteLine($"User {user.Name}: first order #{order?.Id}");
}

await ProcessUser(1);

// One after the other: the context only ever has one operation in flight.
await ProcessUser(2);
await ProcessUser(3);
