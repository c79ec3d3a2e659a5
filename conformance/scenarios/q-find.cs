// FindAsync: a miss queries; a hit queries once, then comes from the tracker without SQL.
var a = await db.Customers.FindAsync(8);
var b = await db.Customers.FindAsync(8);
var miss = await db.Customers.FindAsync(404);
var id = 9;
var c = await db.Customers.FindAsync(id);
Console.WriteLine($"{a?.Name} same: {(a == b ? "yes" : "no")} miss: {(miss == null ? "null" : "found")} {c?.Email}");
