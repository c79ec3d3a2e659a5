// Delete a row found by key.
var t = await db.Tickets.FindAsync(5);
db.Tickets.Remove(t);
Console.WriteLine($"{db.Entry(t).State}");
Console.WriteLine($"saved {await db.SaveChangesAsync()}");
Console.WriteLine($"{db.Entry(t).State}");
