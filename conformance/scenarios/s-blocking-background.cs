// A blocking wait (.Result) while a background flow uses the same context.
var bg = Task.Run(async () => {
  await Task.Delay(10);
  return await db.Orders.CountAsync();
});
var n = db.Customers.CountAsync().Result;
Console.WriteLine($"{n} customers");
Console.WriteLine($"{await bg} orders");
