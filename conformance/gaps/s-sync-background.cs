// A synchronous query while a background flow uses the same context: other threads run meanwhile.
var bg = Task.Run(async () => {
  await Task.Delay(10);
  return await db.Orders.CountAsync();
});
var n = db.Customers.Count();
Console.WriteLine($"{n} customers");
Console.WriteLine($"{await bg} orders");
