// Fix 2: work that really runs at the same time gets its own context.
async Task ProcessUser(AppDb ctx, int userId)
{   var user = await ctx.Users.FindAsync(userId);
    if (user == null) return;
    user.LastLogin = new DateTime(2026, 3, 1, 8, 0, 0);
    await ctx.SaveChangesAsync();
    var order = await ctx.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
    Console.WriteLine($"User {user.Name}: first order #{order?.Id}");
}

// Each concurrent call creates, uses and disposes its own context.
async Task ProcessUserInOwnContext(int userId)
{   await using var ctx = await factory.CreateDbContextAsync();
    await ProcessUser(ctx, userId);
}

await ProcessUser(db, 1);
await Task.WhenAll(ProcessUserInOwnContext(2), ProcessUserInOwnContext(3));
