// @conformance provider=sqlite latency=0
// SaveChangesAsync while a query "runs": on SQLite the query is already done, so the save passes.
var pending = db.Orders.Where(o => o.Status == "Pending").ToListAsync();
db.AuditLog.Add(new AuditEntry { Message = "export started", At = new DateTime(2026, 4, 1, 8, 0, 0) });
var saved = await db.SaveChangesAsync();
var orders = await pending;
Console.WriteLine($"{saved} saved, {orders.Count} pending orders");
