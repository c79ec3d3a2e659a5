// Find returns tracked entities in any state without a query, Added and Deleted ones included.
db.Customers.Add(new Customer { Id = 96, Name = "Added", Email = "a96@example.com" });
var c = await db.Customers.FindAsync(25);
db.Customers.Remove(c);
var added = await db.Customers.FindAsync(96);
var deleted = db.Customers.Find(25);
Console.WriteLine($"{added.Name} {db.Entry(added).State} {(deleted == c ? "same" : "other")} {db.Entry(deleted).State}");
var missing = await db.Customers.FindAsync(999);
Console.WriteLine(missing == null ? "null" : "found");
