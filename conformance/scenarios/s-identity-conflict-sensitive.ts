// The same conflict with EnableSensitiveDataLogging: the message names the key value.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const id = 11;
const c = await ctx.Customers.FirstAsync(x => x.Id == id);
ctx.Update(new Customer({ Id: 12, Name: 'Other', Email: 'other@example.com' }));
console.log(c.Name);
ctx.Update(new Customer({ Id: id, Name: 'Copy', Email: c.Email }));
