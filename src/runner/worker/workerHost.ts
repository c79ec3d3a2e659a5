/**
 * The browser's RunHost (and, over a worker thread, the CLI's): posts requests to the run worker,
 * one at a time, and guarantees that every call settles. A run that exceeds the real-time limit
 * (a loop the guard cannot see, a hung worker) or the worker's memory gets the worker terminated
 * and a `stopped` Run — in a batch, that seed counts as stopped and the others go on in a new
 * worker; `cancel()` terminates the worker too; a worker that dies otherwise rejects whatever was
 * pending. A fresh worker is started on demand. Every reply is validated (replyShape.ts).
 */
import {
  BatchCancelledError,
  createBatchAccumulator,
  type BatchAccumulator,
  type BatchEntry,
} from '../batch.ts';
import { CANCELLED_REASON, stoppedRun } from '../stoppedRun.ts';
import type { BatchProgress, BatchSummary, Run, RunHost, RunRequest } from '../types.ts';
import { envelopeError, PROTOCOL_VERSION, type HostToWorker, type WorkerToHost } from '../workerProtocol.ts';
import {
  batchEntryShapeError,
  batchProgressShapeError,
  batchSummaryShapeError,
  runShapeError,
} from '../replyShape.ts';

/** Why a reply's payload is not what its type promises, or null. */
function payloadError(message: WorkerToHost): string | null {
  switch (message.type) {
    case 'run-result':
      return runShapeError(message.run);
    case 'batch-progress':
      return batchProgressShapeError(message.progress) ?? batchEntryShapeError(message.entry);
    case 'batch-result':
      return batchSummaryShapeError(message.summary);
    case 'error':
      return typeof message.message === 'string' ? null : 'message is not a string';
    case 'ready':
    case 'hello':
      return null;
    default:
      return `unknown reply type ${String((message as { type: unknown }).type)}`;
  }
}

/** The part of `Worker` the host uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: HostToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  /** `outOfMemory`: the worker hit its heap limit (that many MB), where the host can tell. */
  onerror: ((event: { message?: string; outOfMemory?: number }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

export interface WorkerHostOptions {
  createWorker?: () => WorkerLike;
  /** Real time a run (or one run of a batch) may take before the worker is killed. Default 10 s. */
  runTimeoutMs?: number;
  /**
   * Real time a new worker may take to say `ready` (load sql.js and the transpiler) before it is
   * killed; the run limit starts only then, so a slow start on a busy machine stops no run. Default 60 s.
   */
  startupTimeoutMs?: number;
  /** Each new worker's `hello` (its entry runs; it loads the rest on `warm` or a request). */
  onHello?: () => void;
}

export const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;

export const DEFAULT_RUN_TIMEOUT_MS = 10_000;

export function memoryStopReason(mb: number): string {
  return `Stopped: the run used more than ${mb} MB of memory, so its worker was restarted. Your code is unchanged.`;
}

export function startupStopReason(ms: number): string {
  return `Stopped: the run worker did not start within ${ms / 1000} s. Your code is unchanged.`;
}

export function crashedStopReason(detail: string): string {
  return `Stopped: the run's worker crashed (${detail}), so it was restarted. Your code is unchanged.`;
}

export function timeoutStopReason(ms: number): string {
  return `Stopped: the run took more than ${ms / 1000} s of real time, so its worker was restarted. Your code is unchanged.`;
}

/** The worker spawned by spawnRunWorkerEarly, until the first host takes it. */
let early: WorkerLike | null = null;

/**
 * Starts the run worker before the rest of the app's entry evaluates (earlySpawn.ts is the
 * entry's first import): its compiler and sql.js then load while the main thread is still busy
 * with the app's own modules and first render. The first host adopts it; its messages cannot be
 * lost meanwhile, since none is dispatched before the entry's evaluation (one task) ends.
 */
export function spawnRunWorkerEarly(): void {
  early ??= newRunWorker();
}

function defaultWorker(): WorkerLike {
  const adopted = early;
  early = null;
  return adopted ?? newRunWorker();
}

function newRunWorker(): WorkerLike {
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
      /** The tally, kept here from each run's entry, so a killed worker loses no finished run. */
      acc: BatchAccumulator;
      /** Seeds finished so far (`seeds[done]` is running). */
      done: number;
    };

export function createWorkerHost(options: WorkerHostOptions = {}): RunHost {
  const createWorker = options.createWorker ?? defaultWorker;
  const timeoutMs = options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  const startupMs = options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  let worker: WorkerLike | null = null;
  /** Whether the current worker has said `ready`. */
  let workerReady = false;
  let nextId = 1;
  let active: Call | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const queue: Call[] = [];
  let disposed = false;
  /** Whether the current worker was told to load (`warm`, or a request). */
  let warmed = false;

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
    workerReady = false;
    warmed = false;
  };

  /** Settles the active call and sends the next one. */
  const finish = (settle: (call: Call) => void) => {
    const call = active;
    active = null;
    clearTimer();
    if (call) settle(call);
    pump();
  };

  /** Records one finished run of the active batch and reports progress. */
  const recordEntry = (call: Call & { kind: 'batch' }, entry: BatchEntry) => {
    call.acc.addEntry(entry);
    call.done++;
    call.onProgress?.({ done: call.done, total: call.seeds.length, failures: call.acc.failures });
  };

  /**
   * The worker was killed while running (real-time or memory limit): a run ends `stopped` with
   * `reason`; in a batch that seed counts as stopped and the rest go on in a new worker.
   */
  const stopRunning = (reason: string) => {
    kill();
    const call = active;
    if (call?.kind === 'batch') {
      recordEntry(call, { seed: call.seeds[call.done], outcome: 'stopped', failure: true, exception: null });
      if (call.done < call.seeds.length) {
        send(call);
        return;
      }
    }
    finish((c) =>
      c.kind === 'run' ? c.resolve(stoppedRun(c.request.settings, reason)) : c.resolve(c.acc.summary()),
    );
  };

  const armTimer = () => {
    clearTimer();
    if (workerReady) {
      timer = setTimeout(() => stopRunning(timeoutStopReason(timeoutMs)), timeoutMs);
      return;
    }
    // A worker that never starts would fail every seed alike: the whole call fails.
    timer = setTimeout(() => {
      kill();
      finish((call) => {
        const reason = startupStopReason(startupMs);
        if (call.kind === 'run') call.resolve(stoppedRun(call.request.settings, reason));
        else call.reject(new Error(reason));
      });
    }, startupMs);
  };

  const onMessage = (data: unknown) => {
    const call = active;
    const envelope = envelopeError(data);
    const problem = envelope ?? payloadError(data as WorkerToHost);
    if (problem !== null) {
      kill();
      finish((c) => c.reject(new Error(`Run worker: ${envelope ? '' : 'invalid reply: '}${problem}`)));
      return;
    }
    const message = data as WorkerToHost;
    if (message.type === 'hello') {
      options.onHello?.();
      return;
    }
    if (message.type === 'ready') {
      workerReady = true;
      if (call) armTimer(); // the run's real-time limit starts now
      return;
    }
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
        if (call.kind === 'batch') recordEntry(call, message.entry);
        return;
      case 'batch-result':
        // The host's own tally: after a restart the worker's summary covers only the rest.
        finish((c) =>
          c.kind === 'batch'
            ? c.resolve(c.acc.summary())
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
      if (event.outOfMemory !== undefined && active) {
        stopRunning(memoryStopReason(event.outOfMemory));
        return;
      }
      // A worker that was running a snippet and died is the snippet's doing (a native stack
      // overflow, an abort): that run stops, named, and the next one gets a new worker. Dying
      // before `ready` is the playground's own failure and rejects.
      if (active && workerReady) {
        stopRunning(crashedStopReason(event.message ?? 'unknown error'));
        return;
      }
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
    send(call);
  }

  /** Posts the active call (a batch: its seeds not yet done) to the worker, starting one if needed. */
  function send(call: Call): void {
    let message: HostToWorker;
    if (call.kind === 'run')
      message = { v: PROTOCOL_VERSION, type: 'run', id: call.id, request: call.request };
    else
      message = {
        v: PROTOCOL_VERSION,
        type: 'batch',
        id: call.id,
        request: call.request,
        seeds: call.seeds.slice(call.done),
      };
    try {
      ensureWorker().postMessage(message);
      warmed = true;
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
    start() {
      if (!disposed) ensureWorker();
    },
    warm() {
      if (disposed || warmed) return;
      try {
        ensureWorker().postMessage({ v: PROTOCOL_VERSION, type: 'warm', id: null });
        warmed = true;
      } catch {
        // A worker that cannot take a message fails the next request, which reports it.
      }
    },
    run(request) {
      return new Promise<Run>((resolve, reject) =>
        enqueue({ kind: 'run', id: nextId++, request, resolve, reject }),
      );
    },
    runBatch(request, seeds, onProgress) {
      return new Promise<BatchSummary>((resolve, reject) =>
        enqueue({
          kind: 'batch',
          id: nextId++,
          request,
          seeds: [...seeds],
          onProgress,
          resolve,
          reject,
          acc: createBatchAccumulator(),
          done: 0,
        }),
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
