// A nullable DateTime column against a captured date, and bools compared with captured values.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const since = "2025-01-05 00:00:00";
const a = await ctx.Users.Where(u => u.LastLogin != null && u.LastLogin > since).OrderBy(u => u.Id).ToListAsync();
const wanted = true;
const b = await ctx.Tickets.CountAsync(t => t.IsOpen != wanted);
const d = await ctx.Tickets.CountAsync(t => t.IsOpen == !wanted);
console.log(`${a.map(u => u.Name).join(",")} ${b} ${d}`);
