// A captured bool as the whole condition, and OrderBy on a function and on a captured arithmetic.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var all = true;
var a = await ctx.Tickets.CountAsync(_t => all);
var none = false;
var b = await ctx.Tickets.Where(_t => none).ToListAsync();
var d = await ctx.Users.OrderBy(u => u.Name.Length).ThenBy(u => u.Id).FirstAsync();
var factor = 2.0;
var e = await ctx.Orders.OrderByDescending(o => o.Total * factor).FirstAsync();
Console.WriteLine($"{a} {b.Count} {d.Name} {e.Id}");
