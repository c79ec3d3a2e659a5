// A blocking wait (.Result) while a background flow uses the same context.
const bg = Task.Run(async () => {
  await Task.Delay(10);
  return await db.Orders.CountAsync();
});
const n = await db.Customers.CountAsync(); // C#: .Result
console.log(`${n} customers`);
console.log(`${await bg} orders`);
