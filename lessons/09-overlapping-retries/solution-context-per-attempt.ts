// Fix: every attempt creates (and disposes) a fresh context.
const orderId = 40;

async function shipOrder(attempt: number) {
  await using ctx = await factory.CreateDbContextAsync();
  const order = await ctx.Orders.FirstAsync(o => o.Id == orderId);
  await callShippingService(attempt);
  order.Status = 'Shipped';
  await ctx.SaveChangesAsync();
  return `attempt ${attempt} shipped order ${order.Id}`;
}

console.log(await retryWithTimeout(shipOrder, 3, 80));

async function retryWithTimeout(action: (attempt: number) => Promise<string>, attempts: number, timeoutMs: number) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const work = action(attempt);
    const timeout = Task.Delay(timeoutMs);
    const first = await Task.WhenAny(work, timeout); // the index of the task that finished first
    if (first === 0) return await work;
    console.log(`attempt ${attempt} timed out after ${timeoutMs} ms; retrying`);
  }
  throw new Error('All attempts timed out');
}

async function callShippingService(attempt: number) {
  await Task.Delay(attempt === 1 ? 100 : 10);
}
