// Fix: each component asks IDbContextFactory for a context per operation, and disposes it.
await using circuit = scopes.CreateAsyncScope();
const circuitFactory = factory;

// <CustomerList />: OnInitializedAsync loads the first page of customers.
async function customerListInit() {
  await using ctx = await circuitFactory.CreateDbContextAsync();
  const customers = await ctx.Customers.OrderBy(c => c.Name).Take(10).ToListAsync();
  return customers.length;
}

// <OpenTickets />: on the same page, OnInitializedAsync counts the open tickets.
async function openTicketsInit() {
  await using ctx = await circuitFactory.CreateDbContextAsync();
  return await ctx.Tickets.CountAsync(t => t.IsOpen);
}

// The page renders both components; neither waits for the other to finish loading.
const [customers, open] = await Task.WhenAll(customerListInit(), openTicketsInit());
console.log(`${customers} customers, ${open} open tickets`);
