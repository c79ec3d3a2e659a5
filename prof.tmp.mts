import { pathToFileURL } from 'node:url';
const m = (await import(pathToFileURL('/work/main/bench/.build/runner.mjs').href)) as typeof import('./bench/runnerEntry.ts');
const code = `const customerId = 7;
const orders = await db.Orders.Where(o => o.CustomerId == customerId).ToListAsync();
const invoices = await db.Invoices.Where(i => i.CustomerId == customerId).ToListAsync();
const tickets = await db.Tickets.Where(t => t.CustomerId == customerId && t.IsOpen).ToListAsync();
console.log(orders.length, invoices.length, tickets.length);
`;
const host = await m.createNodeExecuteHost();
const transpiled = m.transpileSnippetCached(code);
const request = { code, settings: m.DEFAULT_RUN_SETTINGS };
for (let i = 0; i < 1500; i++) await m.runSnippet(request, host, { transpiled });
const t = performance.now(); let n = 0;
while (performance.now() - t < 4000) { await m.runSnippet(request, host, { transpiled }); n++; }
console.log('runs/s', (n / 4).toFixed(0), 'ms/run', (4000 / n).toFixed(3));
