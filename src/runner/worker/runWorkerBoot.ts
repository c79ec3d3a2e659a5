/// <reference lib="webworker" />
/**
 * The run worker's entry, kept tiny: it says `hello` at once, then loads the rest on the page's
 * `warm` (sent once the editor has mounted) or on the first request, whichever comes first. The
 * rest is most of the app's bytes and CPU (sql.js's wasm, the TypeScript compiler, the simulator,
 * the realm's warm-up); loading it after the editor keeps the two from competing at start-up.
 *
 * sql.js (its wasm download and compile) starts before the rest of the worker (runWorker.ts) is
 * imported: a module worker evaluates every static import before its body, so with one entry the
 * wasm was only requested once the whole compiler had loaded. Requests that arrive before the
 * rest has loaded are kept and handed over in order.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { PROTOCOL_VERSION, type WorkerToHost } from '../workerProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const early: unknown[] = [];
let loading = false;

function load(): void {
  if (loading) return;
  loading = true;
  const sqlReady = initSqlJs({ locateFile: () => wasmUrl });
  import('./runWorker.ts').then(
    ({ startRunWorker }) => startRunWorker(sqlReady, early),
    // Rethrown outside the promise: an error event, so the host learns the worker cannot start.
    (error: unknown) =>
      setTimeout(() => {
        throw error;
      }),
  );
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown } | null;
  if (!(typeof data === 'object' && data !== null && data.type === 'warm')) early.push(event.data);
  load();
};
scope.postMessage({ v: PROTOCOL_VERSION, type: 'hello', id: null } satisfies WorkerToHost);
