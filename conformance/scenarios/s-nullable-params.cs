// Nullable columns in the update log, with and without sensitive data logging.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var u = await ctx.Users.FirstAsync(x => x.Id == 5);
u.LastLogin = new DateTime(2026, 5, 5, 5, 5, 5);
ctx.Users.Add(new User { Id = 13, Name = "No login", LastLogin = null });
await ctx.SaveChangesAsync();
var v = await db.Users.FirstAsync(x => x.Id == 6);
v.LastLogin = new DateTime(2026, 6, 6, 6, 6, 6);
db.Users.Add(new User { Id = 14, Name = "Login", LastLogin = new DateTime(2026, 6, 7, 7, 0, 0) });
await db.SaveChangesAsync();
Console.WriteLine("saved");
