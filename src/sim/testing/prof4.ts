import { runSnippet } from '../../runner/execute.ts';
import { createNodeExecuteHost } from '../../runner/node/nodeHost.ts';
import { transpileSnippet } from '../../runner/transpile.ts';
const host = await createNodeExecuteHost();
let hops = 0;
const counting = { ...host, yieldToHost: () => { hops++; return host.yieldToHost(); } };
async function measure(label: string, code: string) {
  const transpiled = transpileSnippet(code);
  const req = { code, settings: { latencyMs: 30, jitterMs: 0, seed: 1 }, trackerSnapshots: false };
  for (let i = 0; i < 300; i++) await runSnippet(req, counting, { transpiled });
  hops = 0;
  const n = 2000; const t0 = performance.now();
  for (let i = 0; i < n; i++) await runSnippet(req, counting, { transpiled });
  console.log(label.padEnd(12), ((performance.now() - t0) / n * 1000).toFixed(0), 'µs/run', (hops / n).toFixed(1), 'hops/run');
}
await measure('empty', `const x = 1;`);
await measure('1 query', `await db.Orders.Where(o => o.CustomerId == 7).ToListAsync();`);
await measure('3 queries', `const customerId = 7;
const orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const invoices = await db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const tickets = await db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();`);
