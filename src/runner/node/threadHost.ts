/**
 * The CLI's RunHost: every run in a worker thread with a locked-down realm (runThread.ts),
 * bounded from outside like the browser's run worker — the same host logic (worker/workerHost.ts:
 * the real-time limit, cancel, a new thread after a kill, every reply validated), plus a heap
 * limit: a thread that runs out of memory ends the run `stopped` instead of taking the CLI down.
 */
import { Worker } from 'node:worker_threads';
import type { RunHost } from '../types.ts';
import type { HostToWorker } from '../workerProtocol.ts';
import { createWorkerHost, DEFAULT_RUN_TIMEOUT_MS, type WorkerLike } from '../worker/workerHost.ts';

export interface ThreadHostOptions {
  /** Real time one run may take before its thread is terminated. Default 10 s. */
  runTimeoutMs?: number;
  /** The run thread's heap limit, MB. Default 512. */
  memoryLimitMb?: number;
}

export const DEFAULT_THREAD_MEMORY_MB = 512;

const BOOT = new URL('./runThreadBoot.mjs', import.meta.url);

/** A worker thread behind the WorkerLike interface the host drives. */
function createThreadWorker(memoryLimitMb: number): WorkerLike {
  const thread = new Worker(BOOT, {
    resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 32 },
    name: 'run-thread',
  });
  let ended = false;
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: HostToWorker) {
      if (ended) throw new Error('The run thread has ended.');
      thread.postMessage(message);
    },
    terminate() {
      if (ended) return;
      ended = true;
      void thread.terminate();
    },
  };
  thread.on('message', (data: unknown) => like.onmessage?.({ data }));
  thread.on('error', (error: Error & { code?: string }) => {
    if (ended) return;
    ended = true;
    like.onerror?.({
      message: error.message,
      outOfMemory: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryLimitMb : undefined,
    });
  });
  thread.on('exit', (code) => {
    if (ended) return;
    ended = true;
    like.onerror?.({ message: `the run thread exited with code ${code}` });
  });
  return like;
}

export function createThreadHost(options: ThreadHostOptions = {}): RunHost {
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_THREAD_MEMORY_MB;
  return createWorkerHost({
    runTimeoutMs: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    createWorker: () => createThreadWorker(memoryLimitMb),
  });
}
