// The synchronous terminals: ToList, First, FirstOrDefault, Count, Single, SingleOrDefault, Any, Find.
const list = db.Tickets.Where(t => t.CustomerId == 1).ToList();
const first = db.Tickets.First(t => t.IsOpen);
const none = db.Tickets.FirstOrDefault(t => t.Id > 100);
const count = db.Tickets.Count(t => !t.IsOpen);
const single = db.Tickets.Single(t => t.Id == 30);
const maybe = db.Tickets.SingleOrDefault(t => t.Id == 300);
const any = db.Tickets.Any(t => t.Subject == "Refund request #4");
const found = db.Tickets.Find(31);
console.log(`${list.length} ${first.Id} ${none === null ? "null" : "found"} ${count} ${single.Subject} ${maybe === null ? "null" : "found"} ${any ? "True" : "False"} ${found?.Subject}`);
