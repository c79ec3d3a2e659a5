// FirstAsync on an empty result throws.
console.log("before");
const order = await db.Orders.FirstAsync(o => o.CustomerId == 999);
console.log(order.Id);
