/// <reference lib="webworker" />
/**
 * The run worker's entry: starts sql.js (its wasm download and compile) first, then loads the
 * rest of the worker (runWorker.ts: the transpiler and the simulator, most of the worker's bytes)
 * while the wasm is on its way. A module worker evaluates every static import before its body,
 * so with one entry the wasm was only requested once the whole TypeScript compiler had loaded.
 * Requests that arrive before the rest has loaded are kept and handed over in order.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const sqlReady = initSqlJs({ locateFile: () => wasmUrl });
const early: unknown[] = [];
scope.onmessage = (event: MessageEvent<unknown>) => void early.push(event.data);

const { startRunWorker } = await import('./runWorker.ts');
startRunWorker(sqlReady, early);
