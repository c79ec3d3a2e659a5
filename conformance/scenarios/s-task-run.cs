// Task.Run + Task.Delay: the work runs on another flow, after the caller continues.
var t = Task.Run(async () => {
  await Task.Delay(50);
  return await db.Customers.CountAsync();
});
Console.WriteLine("started");
Console.WriteLine($"{await t} customers");
