// Legacy code: a synchronous save next to an async helper nobody awaits.
async function warmUpCacheAsync() {
  const pending = await db.Orders.CountAsync(o => o.Status == 'Pending');
  console.log(`cache: ${pending} pending orders`);
}

const user = db.Users.First(u => u.Id == 3);
user.Name = 'Carol Smith';

void warmUpCacheAsync(); // C#: _ = WarmUpCacheAsync();  (silences the compiler warning)

db.SaveChanges();
console.log(`Saved ${user.Name}`);
