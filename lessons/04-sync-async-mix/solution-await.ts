// Fix 1: await the async call before the context is used again.
async function warmUpCacheAsync() {
  const pending = await db.Orders.CountAsync(o => o.Status == 'Pending');
  console.log(`cache: ${pending} pending orders`);
}

const user = db.Users.First(u => u.Id == 3);
user.Name = 'Carol Smith';

await warmUpCacheAsync();

db.SaveChanges();
console.log(`Saved ${user.Name}`);
