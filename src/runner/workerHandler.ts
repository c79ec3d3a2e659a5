/**
 * The run worker's logic, independent of the Worker API (so Node tests can drive it): a `switch`
 * over the protocol's requests, one reply per request, errors turned into `error` replies.
 * The worker entry (worker/runWorker.ts) only wires it to `self`.
 */
import { runBatchWith } from './batch.ts';
import {
  envelopeError,
  messageId,
  PROTOCOL_VERSION,
  type HostToWorker,
  type WorkerToHost,
} from './workerProtocol.ts';
import type { Run, RunRequest } from './types.ts';

export interface WorkerHandlerDeps {
  run(request: RunRequest): Promise<Run>;
}

/** Returns the function to call with each incoming message's data. Requests run one at a time. */
export function createWorkerHandler(
  deps: WorkerHandlerDeps,
  post: (message: WorkerToHost) => void,
  /** Settles when the worker can run (sql.js loaded, realm locked down); then `ready` is posted. */
  ready: Promise<unknown> = Promise.resolve(),
): (data: unknown) => Promise<void> {
  let queue: Promise<void> = ready.then(
    () => post({ v: PROTOCOL_VERSION, type: 'ready', id: null }),
    () => undefined, // each request reports the failure as its own error reply
  );
  const fail = (id: number | null, error: unknown) =>
    post({
      v: PROTOCOL_VERSION,
      type: 'error',
      id,
      message: error instanceof Error ? error.message : String(error),
    });

  const handle = async (message: HostToWorker): Promise<void> => {
    switch (message.type) {
      case 'run': {
        const run = await deps.run(message.request);
        post({ v: PROTOCOL_VERSION, type: 'run-result', id: message.id, run });
        return;
      }
      case 'batch': {
        const summary = await runBatchWith(deps.run, message.request, message.seeds, (progress, entry) =>
          post({ v: PROTOCOL_VERSION, type: 'batch-progress', id: message.id, progress, entry }),
        );
        post({ v: PROTOCOL_VERSION, type: 'batch-result', id: message.id, summary });
        return;
      }
      case 'warm':
        return; // the worker's entry already started loading (runWorkerBoot.ts); nothing to answer
      default: {
        const unknownType: never = message;
        throw new Error(`Unknown request type: ${String((unknownType as { type: unknown }).type)}`);
      }
    }
  };

  return (data) => {
    const problem = envelopeError(data);
    if (problem !== null) {
      fail(messageId(data), problem);
      return queue;
    }
    const message = data as HostToWorker;
    queue = queue.then(() => handle(message)).catch((error: unknown) => fail(message.id, error));
    return queue;
  };
}
