// A method that awaits every call it makes on the context.
async Task ProcessUser(int userId)
{   var user = await db.Users.FindAsync(userId);
    if (user == null) return;
    user.LastLogin = new DateTime(2026, 3, 1, 8, 0, 0);
    await db.SaveChangesAsync();
    // (In this model, user N's orders are customer N's orders.)
    var order = await db.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
    Console.WriteLine($"User {user.Name}: first order #{order?.Id}");
}

// Part 1: called once. Every await finishes before the next call starts.
await ProcessUser(1);

// Part 2: called for two users at the same time, on the same context.
await Task.WhenAll(ProcessUser(2), ProcessUser(3));
