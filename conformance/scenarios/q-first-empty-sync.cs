// First (sync) on an empty result, not caught: the exception, its line and operation.
var n = db.Orders.Count(o => o.CustomerId == 1);
var order = db.Orders.OrderBy(o => o.Id).First(o => o.CustomerId > n * 100);
Console.WriteLine(order.Id);
