// SaveChanges parameters with sensitive data logging: bools, doubles, strings, datetimes.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const t = await ctx.Tickets.FirstAsync(x => x.Id == 4);
t.IsOpen = !t.IsOpen;
t.Subject = "It's fixed";
const o = await ctx.Orders.FirstAsync(x => x.Id == 5);
o.Total = 12.5;
ctx.AuditLog.Add(new AuditEntry({ Message: 'sensitive', At: '2026-07-07 07:07:07' }));
ctx.Remove(await ctx.Invoices.FirstAsync(x => x.Id == 6));
console.log(`saved ${await ctx.SaveChangesAsync()}`);
await ctx.DisposeAsync();
