// Solution: in development, turn on sensitive data logging to see which key conflicts.
const isDevelopment = true;
const options = new DbContextOptionsBuilder();
if (isDevelopment) options.EnableSensitiveDataLogging(); // development only
await using ctx = new AppDb(options.Options);

const firstId = 10;
const lastId = 20;
const page = await ctx.Customers.Where(c => c.Id >= firstId && c.Id <= lastId).ToListAsync();
console.log(`Loaded ${page.length} customers`);

const edits = [
  { Id: 3, Name: 'Ada Lovelace', Email: 'customer3@example.com' },
  { Id: 27, Name: 'Alan Turing', Email: 'customer27@example.com' },
  { Id: 14, Name: 'Grace Hopper', Email: 'customer14@example.com' },
  { Id: 41, Name: 'Edsger Dijkstra', Email: 'customer41@example.com' },
];
for (const edit of edits) {
  ctx.Update(new Customer(edit)); // one of these conflicts. Which one?
}
await ctx.SaveChangesAsync();
