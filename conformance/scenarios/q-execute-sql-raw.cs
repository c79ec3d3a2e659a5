// ExecuteSqlRawAsync with {0} {1} parameters (values logged with sensitive data logging).
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var affected = await ctx.Database.ExecuteSqlRawAsync("UPDATE \"Tickets\" SET \"IsOpen\" = {0} WHERE \"CustomerId\" = {1}", false, 3);
var subject = "Moved";
var renamed = await ctx.Database.ExecuteSqlRawAsync("UPDATE \"Tickets\" SET \"Subject\" = {0} WHERE \"Id\" = {1}", subject, 4);
var open = await ctx.Tickets.CountAsync(t => t.IsOpen);
Console.WriteLine($"{affected} {renamed} {open}");
