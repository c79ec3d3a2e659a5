/// <reference lib="webworker" />
/**
 * The run worker (module Web Worker, loaded by its entry runWorkerBoot.ts, which has already
 * started sql.js), kept thin: wire the shared handler to `self`, supply the browser's host
 * functions. Learner code runs here, never on the main thread.
 */
import type { SqlJsStatic } from 'sql.js';
import { loadLessons } from '../../lessons/bundle.ts';
import { runSnippet } from '../execute.ts';
import { modelForLesson } from '../lessonModel.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
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
  const handle = createWorkerHandler(
    {
      run: async (request) =>
        runSnippet(request, {
          sql: await sqlReady,
          yieldToHost,
          now: () => performance.now(),
          onUnhandledRejection,
          resolveModel: (id) => modelForLesson(loadLessons().find((l) => l.id === id)),
        }),
    },
    (message: WorkerToHost) => scope.postMessage(message),
  );

  scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
  for (const data of early.splice(0)) void handle(data);
}
