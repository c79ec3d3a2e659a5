// The synchronous terminals: ToList, First, FirstOrDefault, Count, Single, SingleOrDefault, Any, Find.
var list = db.Tickets.Where(t => t.CustomerId == 1).ToList();
var first = db.Tickets.First(t => t.IsOpen);
var none = db.Tickets.FirstOrDefault(t => t.Id > 100);
var count = db.Tickets.Count(t => !t.IsOpen);
var single = db.Tickets.Single(t => t.Id == 30);
var maybe = db.Tickets.SingleOrDefault(t => t.Id == 300);
var any = db.Tickets.Any(t => t.Subject == "Refund request #4");
var found = db.Tickets.Find(31);
Console.WriteLine($"{list.Count} {first.Id} {(none == null ? "null" : "found")} {count} {single.Subject} {(maybe == null ? "null" : "found")} {(any ? "True" : "False")} {found?.Subject}");
