// The same conflict with EnableSensitiveDataLogging: the message names the key value.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var id = 11;
var c = await ctx.Customers.FirstAsync(x => x.Id == id);
ctx.Update(new Customer { Id = 12, Name = "Other", Email = "other@example.com" });
Console.WriteLine(c.Name);
ctx.Update(new Customer { Id = id, Name = "Copy", Email = c.Email });
