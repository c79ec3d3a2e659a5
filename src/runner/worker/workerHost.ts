/**
 * The browser's RunHost: posts requests to the run worker, one at a time, and guarantees that
 * every call settles. A run that exceeds the real-time limit (a loop the guard cannot see, a
 * hung worker) gets the worker terminated and a `stopped` Run; `cancel()` terminates the worker
 * too; a worker that dies rejects whatever was pending. A fresh worker is started on demand.
 */
import { BatchCancelledError } from '../batch.ts';
import { CANCELLED_REASON, stoppedRun } from '../stoppedRun.ts';
import type { BatchProgress, BatchSummary, Run, RunHost, RunRequest } from '../types.ts';
import { envelopeError, PROTOCOL_VERSION, type HostToWorker, type WorkerToHost } from '../workerProtocol.ts';

/** The part of `Worker` the host uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: HostToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

export interface WorkerHostOptions {
  createWorker?: () => WorkerLike;
  /** Real time a run (or one run of a batch) may take before the worker is killed. Default 10 s. */
  runTimeoutMs?: number;
}

export const DEFAULT_RUN_TIMEOUT_MS = 10_000;

export function timeoutStopReason(ms: number): string {
  return `Stopped: the run took more than ${ms / 1000} s of real time, so its worker was restarted. Your code is unchanged.`;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./runWorkerBoot.ts', import.meta.url), {
    type: 'module',
    name: 'run-worker',
  }) as unknown as WorkerLike;
}

type Call =
  | {
      kind: 'run';
      id: number;
      request: RunRequest;
      resolve: (run: Run) => void;
      reject: (error: Error) => void;
    }
  | {
      kind: 'batch';
      id: number;
      request: RunRequest;
      seeds: number[];
      onProgress?: (progress: BatchProgress) => void;
      resolve: (summary: BatchSummary) => void;
      reject: (error: Error) => void;
    };

export function createWorkerHost(options: WorkerHostOptions = {}): RunHost {
  const createWorker = options.createWorker ?? defaultWorker;
  const timeoutMs = options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let active: Call | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const queue: Call[] = [];
  let disposed = false;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const kill = () => {
    clearTimer();
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };

  /** Settles the active call and sends the next one. */
  const finish = (settle: (call: Call) => void) => {
    const call = active;
    active = null;
    clearTimer();
    if (call) settle(call);
    pump();
  };

  const armTimer = () => {
    clearTimer();
    timer = setTimeout(() => {
      kill();
      finish((call) => {
        if (call.kind === 'run')
          call.resolve(stoppedRun(call.request.settings, timeoutStopReason(timeoutMs)));
        else call.reject(new Error(timeoutStopReason(timeoutMs)));
      });
    }, timeoutMs);
  };

  const onMessage = (data: unknown) => {
    const problem = envelopeError(data);
    const call = active;
    if (problem !== null) {
      kill();
      finish((c) => c.reject(new Error(`Run worker: ${problem}`)));
      return;
    }
    const message = data as WorkerToHost;
    if (!call || message.id !== call.id) return; // a late reply to a call that already settled
    switch (message.type) {
      case 'run-result':
        finish((c) =>
          c.kind === 'run'
            ? c.resolve(message.run)
            : c.reject(new Error('Run worker: unexpected run result')),
        );
        return;
      case 'batch-progress':
        armTimer();
        if (call.kind === 'batch') call.onProgress?.(message.progress);
        return;
      case 'batch-result':
        finish((c) =>
          c.kind === 'batch'
            ? c.resolve(message.summary)
            : c.reject(new Error('Run worker: unexpected batch result')),
        );
        return;
      case 'error':
        finish((c) => c.reject(new Error(`Run worker: ${message.message}`)));
        return;
      default: {
        const unknownType: never = message;
        finish((c) =>
          c.reject(new Error(`Run worker: unknown reply ${String((unknownType as { type: unknown }).type)}`)),
        );
      }
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = createWorker();
    w.onmessage = (event) => onMessage(event.data);
    w.onerror = (event) => {
      kill();
      finish((c) => c.reject(new Error(`Run worker died: ${event.message ?? 'unknown error'}`)));
    };
    w.onmessageerror = () => {
      kill();
      finish((c) => c.reject(new Error('Run worker: a reply could not be deserialized')));
    };
    worker = w;
    return w;
  };

  function pump(): void {
    if (active || disposed) return;
    const call = queue.shift();
    if (!call) return;
    active = call;
    let message: HostToWorker;
    if (call.kind === 'run')
      message = { v: PROTOCOL_VERSION, type: 'run', id: call.id, request: call.request };
    else
      message = { v: PROTOCOL_VERSION, type: 'batch', id: call.id, request: call.request, seeds: call.seeds };
    try {
      ensureWorker().postMessage(message);
      armTimer();
    } catch (error) {
      kill();
      finish((c) => c.reject(error instanceof Error ? error : new Error(String(error))));
    }
  }

  const enqueue = (call: Call) => {
    if (disposed) {
      call.reject(new Error('RunHost disposed'));
      return;
    }
    queue.push(call);
    pump();
  };

  return {
    run(request) {
      return new Promise<Run>((resolve, reject) =>
        enqueue({ kind: 'run', id: nextId++, request, resolve, reject }),
      );
    },
    runBatch(request, seeds, onProgress) {
      return new Promise<BatchSummary>((resolve, reject) =>
        enqueue({ kind: 'batch', id: nextId++, request, seeds: [...seeds], onProgress, resolve, reject }),
      );
    },
    cancel() {
      if (!active) return;
      kill();
      finish((call) => {
        if (call.kind === 'run') call.resolve(stoppedRun(call.request.settings, CANCELLED_REASON));
        else call.reject(new BatchCancelledError());
      });
    },
    dispose() {
      disposed = true;
      kill();
      const pending = [...(active ? [active] : []), ...queue.splice(0)];
      active = null;
      for (const call of pending) call.reject(new Error('RunHost disposed'));
    },
  };
}
