// A transient registration: every resolution is a new context.
app.Services.AddDbContext<AppDb>(ServiceLifetime.Transient);
var results = await app.HandleRequests(2, async http => {
  var a = http.RequestServices.GetRequiredService<AppDb>();
  var b = http.RequestServices.GetRequiredService<AppDb>();
  var counts = await Task.WhenAll(a.Orders.CountAsync(), b.Customers.CountAsync()); var (x, y) = (counts[0], counts[1]);
  Console.WriteLine($"{(a == b ? "same" : "different")} {x} {y}");
}, staggerMs: 10);
Console.WriteLine(string.Join(" ", results.Select(r => $"{r.Id}:{r.Status}")));
