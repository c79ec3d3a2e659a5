// Fix 2: async all the way, every call awaited in order.
async Task WarmUpCacheAsync()
{   var pending = await db.Orders.CountAsync(o => o.Status == "Pending");
    Console.WriteLine($"cache: {pending} pending orders");
}

var user = await db.Users.FirstAsync(u => u.Id == 3);
user.Name = "Carol Smith";

await WarmUpCacheAsync();

await db.SaveChangesAsync();
Console.WriteLine($"Saved {user.Name}");
