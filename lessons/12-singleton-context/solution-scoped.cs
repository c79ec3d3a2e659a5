// Fix 1: register the context as scoped (the default): one context per request.
app.Services.AddDbContext<AppDb>(); // Scoped: the default

// GET /customers/7
async Task<string> GetCustomer(HttpContext http)
{   var ctx = http.RequestServices.GetRequiredService<AppDb>();
    var customer = await ctx.Customers.FirstAsync(c => c.Id == 7);
    return customer.Name;
}

// PUT /customers/7
async Task RenameCustomer(HttpContext http)
{   var ctx = http.RequestServices.GetRequiredService<AppDb>();
    ctx.Update(new Customer { Id = 7, Name = "Grace Hopper", Email = "customer7@example.com" });
    await ctx.SaveChangesAsync();
}

// Two users open the customer page at the same moment.
var gets = await app.HandleRequests(2, GetCustomer);
Console.WriteLine($"GET: {string.Join(" ", gets.Select(r => r.Status))}");

// A minute later, someone saves an edit of that customer.
var puts = await app.HandleRequests(1, RenameCustomer);
Console.WriteLine($"PUT: {string.Join(" ", puts.Select(r => r.Status))}");
