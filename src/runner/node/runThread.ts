/**
 * The CLI's run thread (a Node worker thread), the Node twin of the browser's run worker: it
 * loads sql.js and the transpiler, warms them up, locks its realm down (realm/lockdown.ts) and
 * then answers the run protocol. The parent (threadHost.ts) bounds it from outside: real time
 * (it terminates the thread, which stops even a synchronous loop or a runaway regular
 * expression) and memory (the thread's own heap limit).
 */
import { parentPort } from 'node:worker_threads';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSnippet } from '../execute.ts';
import { warmUpAndLockDown } from '../realm/warmUp.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
import { createNodeExecuteHost, lessonModelFromDisk, LESSONS_DIR } from './nodeHost.ts';

const port = parentPort;
if (!port) throw new Error('runThread.ts runs as a worker thread (see threadHost.ts).');

const ready = (async () => {
  const host = await createNodeExecuteHost();
  const ownModels = readdirSync(LESSONS_DIR).filter(
    (id) => existsSync(join(LESSONS_DIR, id, 'lesson.md')) && lessonModelFromDisk(id) !== undefined,
  );
  await warmUpAndLockDown(host, ownModels);
  return host;
})();

const handle = createWorkerHandler(
  { run: async (request) => runSnippet(request, await ready) },
  (message: WorkerToHost) => port.postMessage(message),
  ready,
);
port.on('message', (data: unknown) => void handle(data));
