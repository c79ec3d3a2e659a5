// Fix 2: code that lives longer than a request (a singleton service) creates
// a short-lived context from the factory for each unit of work.
app.Services.AddDbContextFactory(AppDb);

// GET /customers/7
async function getCustomer(_http: HttpContext) {
  await using ctx = await factory.CreateDbContextAsync();
  const customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
  return customer.Name;
}

// PUT /customers/7
async function renameCustomer(_http: HttpContext) {
  await using ctx = await factory.CreateDbContextAsync();
  ctx.Update(new Customer({ Id: 7, Name: 'Grace Hopper', Email: 'customer7@example.com' }));
  await ctx.SaveChangesAsync();
}

// Two users open the customer page at the same moment.
const gets = await app.HandleRequests(2, getCustomer);
console.log(`GET: ${gets.map(r => r.status).join(' ')}`);

// A minute later, someone saves an edit of that customer.
const puts = await app.HandleRequests(1, renameCustomer);
console.log(`PUT: ${puts.map(r => r.status).join(' ')}`);
