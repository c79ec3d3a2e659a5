// != on a required string column, with a captured local and with a constant.
var status = "Pending";
var n = await db.Orders.Where(o => o.Status != status).CountAsync();
var m = await db.Orders.Where(o => o.Status != "Shipped").CountAsync();
Console.WriteLine($"{n} not {status}, {m} not Shipped");
