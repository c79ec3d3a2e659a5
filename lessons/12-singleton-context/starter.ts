// Startup: the context registered as a singleton, shared by every request.
app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);

// GET /customers/7
async function getCustomer(http: HttpContext) {
  const ctx = http.RequestServices.GetRequiredService(AppDb);
  const customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
  return customer.Name;
}

// PUT /customers/7
async function renameCustomer(http: HttpContext) {
  const ctx = http.RequestServices.GetRequiredService(AppDb);
  ctx.Update(new Customer({ Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' }));
  await ctx.SaveChangesAsync();
}

// Two users open the customer page at the same moment.
const gets = await app.HandleRequests(2, getCustomer);
console.log(`GET: ${gets.map(r => r.status).join(' ')}`);

// A minute later, someone saves an edit of that customer.
const puts = await app.HandleRequests(1, renameCustomer);
console.log(`PUT: ${puts.map(r => r.status).join(' ')}`);
