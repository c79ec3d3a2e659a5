/**
 * The CLI's run process (a child of the CLI), the Node twin of the browser's run worker: it
 * loads sql.js and the transpiler, warms them up, locks its realm down (realm/lockdown.ts) and
 * then answers the run protocol over the IPC channel. The parent (childHost.ts) bounds it from
 * outside: real time (it kills the child, which stops even a synchronous loop or a runaway
 * regular expression) and memory (the child's own heap limit).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSnippet } from '../execute.ts';
import { warmUpAndLockDown } from '../realm/warmUp.ts';
import { createWorkerHandler } from '../workerHandler.ts';
import type { WorkerToHost } from '../workerProtocol.ts';
import { createNodeExecuteHost, lessonModelFromDisk, LESSONS_DIR } from './nodeHost.ts';

const send = process.send?.bind(process);
if (!send) throw new Error('runChild.ts runs as a child process with an IPC channel (see childHost.ts).');
// An orphan (the CLI was killed) has nothing left to do.
process.on('disconnect', () => process.exit(0));

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
  (message: WorkerToHost) => void send(message),
  ready,
);
process.on('message', (data: unknown) => void handle(data));
