// The default (scoped) registration: each request has its own context.
var results = await app.HandleRequests(3, async http => {
  var ctx = http.RequestServices.GetRequiredService<AppDb>();
  var c = await ctx.Customers.FirstAsync(x => x.Id == 7);
  c.Email = "seven@example.com";
  await ctx.SaveChangesAsync();
});
Console.WriteLine(string.Join(" ", results.Select(r => r.Status)));
