// FirstAsync without and with a predicate; FirstOrDefaultAsync hit and miss.
var first = await db.Orders.OrderByDescending(o => o.Id).FirstAsync();
var pending = await db.Orders.FirstAsync(o => o.Status == "Cancelled");
var hit = await db.Customers.FirstOrDefaultAsync(c => c.Id == 12);
var miss = await db.Customers.FirstOrDefaultAsync(c => c.Id == 999);
Console.WriteLine($"{first.Id} {pending.Id} {hit?.Name} {(miss == null ? "null" : "found")}");
