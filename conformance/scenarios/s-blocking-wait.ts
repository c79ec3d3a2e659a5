// Blocking waits (.Result, .Wait()) on one flow: sequential, no overlap.
const n = await db.Customers.CountAsync(); // C#: .Result
console.log(`${n} customers`);
const c = await db.Customers.FirstAsync(x => x.Id == 1); // C#: .Result
c.Name = 'Blocking';
await db.SaveChangesAsync(); // C#: .Wait()
console.log(`${db.Entry(c).State}`);
