// The same code as a C# developer writes it with EF Core.
public class UserService(AppDb db, IDbContextFactory<AppDb> factory)
{
    public async Task ProcessUserAsync(int userId)
    {
        var user = await db.Users.FindAsync(userId);
        if (user is null) return;
        user.LastLogin = DateTime.UtcNow;
        await db.SaveChangesAsync();
        var order = await db.Orders.FirstOrDefaultAsync(o => o.CustomerId == userId);
        Console.WriteLine($"User {user.Name}: first order #{order?.Id}");
    }

    public async Task RunAsync()
    {
        // Part 1: awaited calls, one after the other. Never throws.
        await ProcessUserAsync(1);

        // Part 2 (broken): two calls in flight on the same context.
        // await Task.WhenAll(ProcessUserAsync(2), ProcessUserAsync(3));

        // Fix 1: one after the other.
        await ProcessUserAsync(2);
        await ProcessUserAsync(3);
    }

    // Fix 2: a context per concurrent flow.
    public async Task ProcessInParallelAsync()
    {
        await Task.WhenAll(InOwnContextAsync(2), InOwnContextAsync(3));
    }

    private async Task InOwnContextAsync(int userId)
    {
        await using var ctx = await factory.CreateDbContextAsync();
        var user = await ctx.Users.FindAsync(userId);
        if (user is null) return;
        user.LastLogin = DateTime.UtcNow;
        await ctx.SaveChangesAsync();
    }
}
