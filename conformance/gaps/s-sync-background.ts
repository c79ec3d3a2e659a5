// A synchronous query while a background flow uses the same context: other threads run meanwhile.
const bg = Task.Run(async () => {
  await Task.Delay(10);
  return await db.Orders.CountAsync();
});
const n = db.Customers.Count();
console.log(`${n} customers`);
console.log(`${await bg} orders`);
