// Legacy code: a synchronous save next to an async helper nobody awaits.
async Task WarmUpCacheAsync()
{   var pending = await db.Orders.CountAsync(o => o.Status == "Pending");
    Console.WriteLine($"cache: {pending} pending orders");
}

var user = db.Users.First(u => u.Id == 3);
user.Name = "Carol Smith";

_ = WarmUpCacheAsync(); // fire and forget: the compiler's warning silenced with a discard

db.SaveChanges();
Console.WriteLine($"Saved {user.Name}");
