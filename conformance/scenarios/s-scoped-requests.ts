// The default (scoped) registration: each request has its own context.
const results = await app.HandleRequests(3, async (http) => {
  const ctx = http.RequestServices.GetRequiredService(AppDb);
  const c = await ctx.Customers.FirstAsync(x => x.Id == 7);
  c.Email = 'seven@example.com';
  await ctx.SaveChangesAsync();
});
console.log(results.map(r => r.status).join(' '));
