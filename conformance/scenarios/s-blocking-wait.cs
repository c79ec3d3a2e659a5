// Blocking waits (.Result, .Wait()) on one flow: sequential, no overlap.
var n = db.Customers.CountAsync().Result;
Console.WriteLine($"{n} customers");
var c = db.Customers.FirstAsync(x => x.Id == 1).Result;
c.Name = "Blocking";
db.SaveChangesAsync().Wait();
Console.WriteLine($"{db.Entry(c).State}");
