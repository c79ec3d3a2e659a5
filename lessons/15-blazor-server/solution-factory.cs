// Fix: each component asks IDbContextFactory for a context per operation, and disposes it.
await using var circuit = scopes.CreateAsyncScope();
var circuitFactory = factory;

// <CustomerList />: OnInitializedAsync loads the first page of customers.
async Task<int> CustomerListInit()
{   await using var ctx = await circuitFactory.CreateDbContextAsync();
    var customers = await ctx.Customers.OrderBy(c => c.Name).Take(10).ToListAsync();
    return customers.Count;
}

// <OpenTickets />: on the same page, OnInitializedAsync counts the open tickets.
async Task<int> OpenTicketsInit()
{   await using var ctx = await circuitFactory.CreateDbContextAsync();
    return await ctx.Tickets.CountAsync(t => t.IsOpen);
}

// The page renders both components; neither waits for the other to finish loading.
var (customersTask, openTask) = (CustomerListInit(), OpenTicketsInit()); await Task.WhenAll(customersTask, openTask); var (customers, open) = (await customersTask, await openTask);
Console.WriteLine($"{customers} customers, {open} open tickets");
