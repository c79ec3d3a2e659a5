// Fix 2: async all the way, every call awaited in order.
async function warmUpCacheAsync() {
  const pending = await db.Orders.CountAsync(o => o.Status == 'Pending');
  console.log(`cache: ${pending} pending orders`);
}

const user = await db.Users.FirstAsync(u => u.Id == 3);
user.Name = 'Carol Smith';

await warmUpCacheAsync();

await db.SaveChangesAsync();
console.log(`Saved ${user.Name}`);
