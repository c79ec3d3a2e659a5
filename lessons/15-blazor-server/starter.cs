// A Blazor Server circuit: one DI scope for as long as the user keeps the page open.
await using var circuit = scopes.CreateAsyncScope();
var circuitDb = circuit.ServiceProvider.GetRequiredService<AppDb>();

// <CustomerList />: OnInitializedAsync loads the first page of customers.
async Task<int> CustomerListInit()
{   var customers = await circuitDb.Customers.OrderBy(c => c.Name).Take(10).ToListAsync();
    return customers.Count;
}

// <OpenTickets />: on the same page, OnInitializedAsync counts the open tickets.
async Task<int> OpenTicketsInit()
{   return await circuitDb.Tickets.CountAsync(t => t.IsOpen);
}

// The page renders both components; neither waits for the other to finish loading.
var (customersTask, openTask) = (CustomerListInit(), OpenTicketsInit()); await Task.WhenAll(customersTask, openTask); var (customers, open) = (await customersTask, await openTask);
Console.WriteLine($"{customers} customers, {open} open tickets");
