/// <reference lib="webworker" />
/**
 * The run worker entry (module Web Worker), kept thin: load sql.js, wire the shared handler to
 * `self`, supply the browser's host functions. Learner code runs here, never on the main thread.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { loadLessons } from '../../lessons/bundle.ts';
import { runSnippet } from '../execute.ts';
import { modelForLesson } from '../lessonModel.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
import { prepareRequest } from './csharpRequest.ts';
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

const handle = createWorkerHandler(
  {
    run: async (original) => {
      const request = await prepareRequest(original);
      if ('outcome' in request) return request;
      return runSnippet(request, {
        sql: await sqlReady,
        yieldToHost,
        now: () => performance.now(),
        onUnhandledRejection,
        resolveModel: (id) => modelForLesson(loadLessons().find((l) => l.id === id)),
      });
    },
  },
  (message: WorkerToHost) => scope.postMessage(message),
);

scope.onmessage = (event: MessageEvent<unknown>) => void handle(event.data);
