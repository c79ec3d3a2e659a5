// Task.Run + Task.Delay: the work runs on another flow, after the caller continues.
const t = Task.Run(async () => {
  await Task.Delay(50);
  return await db.Customers.CountAsync();
});
console.log('started');
console.log(`${await t} customers`);
