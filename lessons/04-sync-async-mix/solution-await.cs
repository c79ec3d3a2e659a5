// Fix 1: await the async call before the context is used again.
async Task WarmUpCacheAsync()
{   var pending = await db.Orders.CountAsync(o => o.Status == "Pending");
    Console.WriteLine($"cache: {pending} pending orders");
}

var user = db.Users.First(u => u.Id == 3);
user.Name = "Carol Smith";

await WarmUpCacheAsync();

db.SaveChanges();
Console.WriteLine($"Saved {user.Name}");
