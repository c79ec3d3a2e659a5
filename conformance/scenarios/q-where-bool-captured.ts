// A captured bool as the whole condition, and OrderBy on a function and on a captured arithmetic.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const all = true;
const a = await ctx.Tickets.CountAsync(_t => all);
const none = false;
const b = await ctx.Tickets.Where(_t => none).ToListAsync();
const d = await ctx.Users.OrderBy(u => u.Name.length).ThenBy(u => u.Id).FirstAsync();
const factor = 2;
const e = await ctx.Orders.OrderByDescending(o => o.Total * factor).FirstAsync();
console.log(`${a} ${b.length} ${d.Name} ${e.Id}`);
