// A bulk edit: the page showed customers 10 to 20, and the client sends back its changes.
var isDevelopment = true;
var options = new DbContextOptionsBuilder<AppDb>();
// if (isDevelopment) options.EnableSensitiveDataLogging();
await using var ctx = new AppDb(options.Options);

var firstId = 10;
var lastId = 20;
var page = await ctx.Customers.Where(c => c.Id >= firstId && c.Id <= lastId).ToListAsync();
Console.WriteLine($"Loaded {page.Count} customers");

var edits = new[] {
  new { Id = 3, Name = "Ada Lovelace", Email = "customer3@example.com" },
  new { Id = 27, Name = "Alan Turing", Email = "customer27@example.com" },
  new { Id = 14, Name = "Grace Hopper", Email = "customer14@example.com" },
  new { Id = 41, Name = "Edsger Dijkstra", Email = "customer41@example.com" },
};
foreach (var edit in edits) {
  ctx.Update(new Customer { Id = edit.Id, Name = edit.Name, Email = edit.Email }); // one of these conflicts. Which one?
}
await ctx.SaveChangesAsync();
