/// <reference lib="webworker" />
/**
 * The run worker (module Web Worker, loaded by its entry runWorkerBoot.ts, which has already
 * started sql.js), kept thin: warm up and lock the realm down (realm/lockdown.ts), wire the
 * shared handler to `self`, supply the browser's host functions. Learner code runs here, never
 * on the main thread.
 */
import type { SqlJsStatic } from 'sql.js';
import { loadLessons } from '../../lessons/bundle.ts';
import { runSnippet, type ExecuteHost } from '../execute.ts';
import { warmUpAndLockDown } from '../realm/warmUp.ts';
import { modelForLesson } from '../lessonModel.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import { prewarmTypeCheck } from '../typeCheck.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
import { prepareRequest } from './csharpRequest.ts';
import { createMessageChannelYield } from './yieldToHost.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const yieldToHost = createMessageChannelYield();

function onUnhandledRejection(listener: (reason: unknown) => void): () => void {
  const handler = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    listener(event.reason);
  };
  scope.addEventListener('unhandledrejection', handler);
  return () => scope.removeEventListener('unhandledrejection', handler);
}

/** Wires the handler to `self`; `early` holds the requests that arrived while this module loaded. */
export function startRunWorker(sqlReady: Promise<SqlJsStatic>, early: unknown[]): void {
  // The type check's declarations, loaded with the first run (their own chunk).
  const declarationsReady = import('./declarations.ts');
  // Parse the libraries while the learner reads, a file per macrotask so a run is never held up:
  // the first check costs a second or more cold, tens of ms warm.
  void declarationsReady.then(({ readDeclarations, declarationNames }) =>
    prewarmTypeCheck(
      readDeclarations,
      declarationNames,
      () => new Promise((resolve) => setTimeout(resolve, 0)),
    ),
  );

  const host: Promise<ExecuteHost> = sqlReady.then(async (sql) => {
    const ready: ExecuteHost = {
      sql,
      yieldToHost,
      now: () => performance.now(),
      onUnhandledRejection,
      resolveModel: (id) => modelForLesson(loadLessons().find((l) => l.id === id)),
    };
    // sql.js has fetched its WebAssembly by now, so the lockdown may take the network away (the
    // C# front end, loaded later, gets it back for its own load only: csharpRequest.ts).
    const ownModels = loadLessons().filter((l) => l.model !== undefined);
    await warmUpAndLockDown(
      ready,
      ownModels.map((l) => l.id),
    );
    return { ...ready, readDeclarations: (await declarationsReady).readDeclarations };
  });

  const handle = createWorkerHandler(
    {
      run: async (original) => {
        // A C# request is lowered to the snippet dialect first (the front end is its own chunk).
        const request = await prepareRequest(original);
        if ('outcome' in request) return request;
        return runSnippet(request, await host);
      },
    },
    (message: WorkerToHost) => scope.postMessage(message),
    host,
  );

  scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
  for (const data of early.splice(0)) void handle(data);
}
