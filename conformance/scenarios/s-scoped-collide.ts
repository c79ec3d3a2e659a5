// Scoped (default): one context per request, but two queries at once inside a request still collide.
const results = await app.HandleRequests(2, async (http) => {
  const ctx = http.RequestServices.GetRequiredService(AppDb);
  const [x, y] = await Task.WhenAll(ctx.Orders.CountAsync(), ctx.Customers.CountAsync());
  console.log(`${x} ${y}`);
});
console.log(results.map(r => `${r.id}:${r.status}`).join(' '));
