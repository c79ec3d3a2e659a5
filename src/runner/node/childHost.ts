/**
 * The CLI's RunHost: every run in a child process with a locked-down realm (runChild.ts), bounded
 * from outside like the browser's run worker — the same host logic (worker/workerHost.ts: the
 * real-time limit, cancel, a new child after a kill, every reply validated), plus a heap limit.
 *
 * A child process, not a worker thread: V8 treats some allocation failures as fatal to the whole
 * process (`new Array(1e9).fill(0)` aborts it, threads and all, whatever the thread's resource
 * limits), so only a process boundary keeps the CLI alive and its exit code 0. A child that runs
 * out of heap ends the run `stopped` with the memory limit named.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { RunHost } from '../types.ts';
import type { HostToWorker } from '../workerProtocol.ts';
import { createWorkerHost, DEFAULT_RUN_TIMEOUT_MS, type WorkerLike } from '../worker/workerHost.ts';

export interface ChildHostOptions {
  /** Real time one run may take before its child is killed. Default 10 s. */
  runTimeoutMs?: number;
  /** The run child's heap limit, MB. Default 512. */
  memoryLimitMb?: number;
}

export const DEFAULT_CHILD_MEMORY_MB = 512;

const BOOT = new URL('./runChildBoot.mjs', import.meta.url);

/** V8's last words when a heap limit is reached (printed on the child's stderr). */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed|invalid (array|table) (length|size)/i;

/** A child process behind the WorkerLike interface the host drives. */
function createChildWorker(memoryLimitMb: number): WorkerLike {
  const child: ChildProcess = fork(BOOT, [], {
    execArgv: [`--max-old-space-size=${memoryLimitMb}`, '--max-semi-space-size=16', '--stack-size=2000'],
    // Structured clone, as between the page and its worker (a Run is plain data, but not JSON's).
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 64_000) stderr += chunk.toString();
  });
  let ended = false;
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: HostToWorker) {
      if (ended) throw new Error('The run process has ended.');
      child.send(message);
    },
    terminate() {
      if (ended) return;
      ended = true;
      child.kill('SIGKILL');
    },
  };
  child.on('message', (data: unknown) => like.onmessage?.({ data }));
  child.on('error', (error: Error) => {
    if (ended) return;
    ended = true;
    like.onerror?.({ message: error.message });
  });
  child.on('exit', (code, signal) => {
    if (ended) return;
    ended = true;
    // Give stderr its last chunk (the OOM report) before deciding what happened.
    setImmediate(() =>
      like.onerror?.({
        message: `the run process exited (${signal ?? `code ${code}`})`,
        outOfMemory: OUT_OF_MEMORY.test(stderr) ? memoryLimitMb : undefined,
      }),
    );
  });
  // The CLI must be able to exit while an idle child waits for work.
  child.unref();
  child.channel?.unref();
  return like;
}

export function createChildHost(options: ChildHostOptions = {}): RunHost {
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_CHILD_MEMORY_MB;
  return createWorkerHost({
    runTimeoutMs: options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS,
    createWorker: () => createChildWorker(memoryLimitMb),
  });
}
