// ExecuteSqlRawAsync with {0} {1} parameters (values logged with sensitive data logging).
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const affected = await ctx.Database.ExecuteSqlRawAsync('UPDATE "Tickets" SET "IsOpen" = {0} WHERE "CustomerId" = {1}', false, 3);
const subject = "Moved";
const renamed = await ctx.Database.ExecuteSqlRawAsync('UPDATE "Tickets" SET "Subject" = {0} WHERE "Id" = {1}', subject, 4);
const open = await ctx.Tickets.CountAsync(t => t.IsOpen);
console.log(`${affected} ${renamed} ${open}`);
