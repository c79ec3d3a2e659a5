// @conformance provider=sqlite latency=0
// SaveChangesAsync while a query "runs": on SQLite the query is already done, so the save passes.
const pending = db.Orders.Where(o => o.Status == "Pending").ToListAsync();
db.AuditLog.Add(new AuditEntry({ Message: "export started", At: '2026-04-01 08:00:00' }));
const saved = await db.SaveChangesAsync();
const orders = await pending;
console.log(`${saved} saved, ${orders.length} pending orders`);
