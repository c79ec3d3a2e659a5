// A transient registration: every resolution is a new context.
app.Services.AddDbContext(AppDb, ServiceLifetime.Transient);
const results = await app.HandleRequests(2, async (http) => {
  const a = http.RequestServices.GetRequiredService(AppDb);
  const b = http.RequestServices.GetRequiredService(AppDb);
  const [x, y] = await Task.WhenAll(a.Orders.CountAsync(), b.Customers.CountAsync());
  console.log(`${a === b ? 'same' : 'different'} ${x} ${y}`);
}, { staggerMs: 10 });
console.log(results.map(r => `${r.id}:${r.status}`).join(' '));
