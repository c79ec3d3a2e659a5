// SaveChanges parameters with sensitive data logging: bools, doubles, strings, datetimes.
var ctx = new AppDb(new DbContextOptionsBuilder<AppDb>().EnableSensitiveDataLogging().Options);
var t = await ctx.Tickets.FirstAsync(x => x.Id == 4);
t.IsOpen = !t.IsOpen;
t.Subject = "It's fixed";
var o = await ctx.Orders.FirstAsync(x => x.Id == 5);
o.Total = 12.5;
ctx.AuditLog.Add(new AuditEntry { Message = "sensitive", At = new DateTime(2026, 7, 7, 7, 7, 7) });
ctx.Remove(await ctx.Invoices.FirstAsync(x => x.Id == 6));
Console.WriteLine($"saved {await ctx.SaveChangesAsync()}");
await ctx.DisposeAsync();
