// Ship order 40 through a retry policy with a timeout, on the request's context.
const orderId = 40;

async function shipOrder(attempt: number) {
  const order = await db.Orders.FirstAsync(o => o.Id == orderId);
  await callShippingService(attempt);
  order.Status = 'Shipped';
  await db.SaveChangesAsync();
  return `attempt ${attempt} shipped order ${order.Id}`;
}

console.log(await retryWithTimeout(shipOrder, 3, 80));

// A small timeout-and-retry policy. Like a timeout that cannot cancel the work,
// it stops waiting for a slow attempt, but the attempt itself keeps running.
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

// Another service. The first call hits a slow moment on the network.
async function callShippingService(attempt: number) {
  await Task.Delay(attempt === 1 ? 100 : 10);
}
