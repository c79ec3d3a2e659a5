/// <reference lib="webworker" />
/**
 * The run worker entry (module Web Worker), kept thin: load sql.js, warm up, lock the realm down
 * (realm/lockdown.ts), wire the shared handler to `self`, supply the browser's host functions.
 * Learner code runs here, never on the main thread.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { loadLessons } from '../../lessons/bundle.ts';
import { runSnippet, type ExecuteHost } from '../execute.ts';
import { warmUpAndLockDown } from '../realm/warmUp.ts';
import { modelForLesson } from '../lessonModel.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
import { createMessageChannelYield } from './yieldToHost.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const sqlReady = initSqlJs({ locateFile: () => wasmUrl });
const yieldToHost = createMessageChannelYield();

function onUnhandledRejection(listener: (reason: unknown) => void): () => void {
  const handler = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    listener(event.reason);
  };
  scope.addEventListener('unhandledrejection', handler);
  return () => scope.removeEventListener('unhandledrejection', handler);
}

const host: Promise<ExecuteHost> = sqlReady.then(async (sql) => {
  const ready: ExecuteHost = {
    sql,
    yieldToHost,
    now: () => performance.now(),
    onUnhandledRejection,
    resolveModel: (id) => modelForLesson(loadLessons().find((l) => l.id === id)),
  };
  // sql.js has fetched its WebAssembly by now, so the lockdown may take the network away.
  const ownModels = loadLessons().filter((l) => l.model !== undefined);
  await warmUpAndLockDown(
    ready,
    ownModels.map((l) => l.id),
  );
  return ready;
});

const handle = createWorkerHandler(
  { run: async (request) => runSnippet(request, await host) },
  (message: WorkerToHost) => scope.postMessage(message),
  host,
);

scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
