// FirstAsync on an empty result throws.
Console.WriteLine("before");
var order = await db.Orders.FirstAsync(o => o.CustomerId == 999);
Console.WriteLine(order.Id);
