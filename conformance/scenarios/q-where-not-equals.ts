// != on a required string column, with a captured local and with a constant.
const status = "Pending";
const n = await db.Orders.Where(o => o.Status != status).CountAsync();
const m = await db.Orders.Where(o => o.Status != "Shipped").CountAsync();
console.log(`${n} not ${status}, ${m} not Shipped`);
