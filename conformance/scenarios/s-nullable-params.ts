// Nullable columns in the update log, with and without sensitive data logging.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const u = await ctx.Users.FirstAsync(x => x.Id == 5);
u.LastLogin = '2026-05-05 05:05:05';
ctx.Users.Add(new User({ Id: 13, Name: 'No login', LastLogin: null }));
await ctx.SaveChangesAsync();
const v = await db.Users.FirstAsync(x => x.Id == 6);
v.LastLogin = '2026-06-06 06:06:06';
db.Users.Add(new User({ Id: 14, Name: 'Login', LastLogin: '2026-06-07 07:00:00' }));
await db.SaveChangesAsync();
console.log('saved');
