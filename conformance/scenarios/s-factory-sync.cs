// CreateDbContext() and Dispose(): a context's whole life, synchronously.
var ctx = factory.CreateDbContext();
var t = ctx.Tickets.First(x => x.Id == 2);
t.IsOpen = !t.IsOpen;
Console.WriteLine($"saved {ctx.SaveChanges()}");
ctx.Dispose();
Console.WriteLine($"{db.Tickets.Count(x => x.IsOpen)} open");
