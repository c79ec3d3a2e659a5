// Fix 2: code that lives longer than a request (a singleton service) creates
// a short-lived context from the factory for each unit of work.
app.Services.AddDbContextFactory<AppDb>();

// GET /customers/7
async Task<string> GetCustomer(HttpContext _http)
{   await using var ctx = await factory.CreateDbContextAsync();
    var customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
    return customer.Name;
}

// PUT /customers/7
async Task RenameCustomer(HttpContext _http)
{   await using var ctx = await factory.CreateDbContextAsync();
    ctx.Update(new Customer { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" });
    await ctx.SaveChangesAsync();
}

// Two users open the customer page at the same moment.
var gets = await app.HandleRequests(2, GetCustomer);
Console.WriteLine($"GET: {string.Join(" ", gets.Select(r => r.Status))}");

// A minute later, someone saves an edit of that customer.
var puts = await app.HandleRequests(1, RenameCustomer);
Console.WriteLine($"PUT: {string.Join(" ", puts.Select(r => r.Status))}");
