// A singleton context shared by concurrent requests.
app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);
const results = await app.HandleRequests(3, async (http) => {
  const ctx = http.RequestServices.GetRequiredService(AppDb);
  const c = await ctx.Customers.FirstAsync(x => x.Id == 7);
  return c.Name;
});
console.log(results.map(r => r.status).join(' '));
