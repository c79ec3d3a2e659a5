// CreateDbContext() and Dispose(): a context's whole life, synchronously.
const ctx = factory.CreateDbContext();
const t = ctx.Tickets.First(x => x.Id == 2);
t.IsOpen = !t.IsOpen;
console.log(`saved ${ctx.SaveChanges()}`);
ctx.Dispose();
console.log(`${db.Tickets.Count(x => x.IsOpen)} open`);
