// A singleton context shared by concurrent requests.
app.Services.AddDbContext<AppDb>(ServiceLifetime.Singleton);
var results = await app.HandleRequests(3, async http => {
  var ctx = http.RequestServices.GetRequiredService<AppDb>();
  var c = await ctx.Customers.FirstAsync(x => x.Id == 7);
  return c.Name;
});
Console.WriteLine(string.Join(" ", results.Select(r => r.Status)));
