// A parameter of a local function, captured in the lambda.
const ctx = new AppDb(new DbContextOptionsBuilder().EnableSensitiveDataLogging().Options);
const a = await countOrders(5);
const b = await countOrders(6);
console.log(`${a} ${b}`);

async function countOrders(customerId: number): Promise<number> {
  return await ctx.Orders.Where(o => o.CustomerId == customerId).CountAsync();
}
