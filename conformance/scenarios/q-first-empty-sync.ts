// First (sync) on an empty result, not caught: the exception, its line and operation.
const n = db.Orders.Count(o => o.CustomerId == 1);
const order = db.Orders.OrderBy(o => o.Id).First(o => o.CustomerId > n * 100);
console.log(order.Id);
