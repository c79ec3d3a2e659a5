// Scoped (default): one context per request, but two queries at once inside a request still collide.
var results = await app.HandleRequests(2, async http => {
  var ctx = http.RequestServices.GetRequiredService<AppDb>();
  var counts = await Task.WhenAll(ctx.Orders.CountAsync(), ctx.Customers.CountAsync()); var (x, y) = (counts[0], counts[1]);
  Console.WriteLine($"{x} {y}");
});
Console.WriteLine(string.Join(" ", results.Select(r => $"{r.Id}:{r.Status}")));
