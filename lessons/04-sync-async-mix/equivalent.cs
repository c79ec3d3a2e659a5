public class ProfileController(AppDb db) : Controller
{
    private async Task WarmUpCacheAsync()
    {
        var pending = await db.Orders.CountAsync(o => o.Status == "Pending");
        Console.WriteLine($"cache: {pending} pending orders");
    }

    // Broken: the discarded task is still counting when SaveChanges runs.
    public IActionResult Rename()
    {
        var user = db.Users.First(u => u.Id == 3);
        user.Name = "Carol Smith";

        _ = WarmUpCacheAsync(); // the discard silences CS4014, and hides the bug

        db.SaveChanges(); // InvalidOperationException
        return Ok();
    }

    // Fix: async all the way, every call awaited.
    public async Task<IActionResult> RenameAsync()
    {
        var user = await db.Users.FirstAsync(u => u.Id == 3);
        user.Name = "Carol Smith";

        await WarmUpCacheAsync();

        await db.SaveChangesAsync();
        return Ok();
    }
}
