// A Blazor Server circuit: one DI scope for as long as the user keeps the page open.
await using circuit = scopes.CreateAsyncScope();
const circuitDb = circuit.ServiceProvider.GetRequiredService(AppDb);

// <CustomerList />: OnInitializedAsync loads the first page of customers.
async function customerListInit() {
  const customers = await circuitDb.Customers.OrderBy(c => c.Name).Take(10).ToListAsync();
  return customers.length;
}

// <OpenTickets />: on the same page, OnInitializedAsync counts the open tickets.
async function openTicketsInit() {
  return await circuitDb.Tickets.CountAsync(t => t.IsOpen);
}

// The page renders both components; neither waits for the other to finish loading.
const [customers, open] = await Task.WhenAll(customerListInit(), openTicketsInit());
console.log(`${customers} customers, ${open} open tickets`);
