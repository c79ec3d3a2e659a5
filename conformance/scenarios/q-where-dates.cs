// A nullable DateTime column against a captured date, and bools compared with captured values.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var since = new DateTime(2025, 1, 5);
var a = await ctx.Users.Where(u => u.LastLogin != null && u.LastLogin > since).OrderBy(u => u.Id).ToListAsync();
var wanted = true;
var b = await ctx.Tickets.CountAsync(t => t.IsOpen != wanted);
var d = await ctx.Tickets.CountAsync(t => t.IsOpen == !wanted);
Console.WriteLine($"{string.Join(",", a.Select(u => u.Name))} {b} {d}");
