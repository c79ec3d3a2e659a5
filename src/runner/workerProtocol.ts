/**
 * The run worker's message protocol. Typed and versioned: every message carries `v`; a side that
 * receives another version answers with an `error` instead of guessing. Every request gets
 * exactly one final reply (`run-result`, `batch-result` or `error`) with the request's id; the
 * worker also says `ready` once, so the host's real-time limit does not count its start-up.
 * Start-up is in two steps: the worker's small entry says `hello` at once, and loads the rest
 * (sql.js, the compiler, the simulator; most of the app's bytes) on `warm` or on its first request,
 * so the page can put the editor first (runController.ts).
 */
import type { BatchEntry } from './batch.ts';
import type { BatchProgress, BatchSummary, Run, RunRequest } from './types.ts';

/**
 * 2: the worker says `ready`; each `batch-progress` carries that run's entry.
 * 3: `hello` at boot and `warm` (start loading; no reply).
 */
export const PROTOCOL_VERSION = 3;

export type HostToWorker =
  | { v: typeof PROTOCOL_VERSION; type: 'run'; id: number; request: RunRequest }
  | { v: typeof PROTOCOL_VERSION; type: 'batch'; id: number; request: RunRequest; seeds: number[] }
  /** Start loading what runs need (no reply; a request does the same). */
  | { v: typeof PROTOCOL_VERSION; type: 'warm'; id: null };

export type WorkerToHost =
  /** Sent once, unprompted, by the worker's entry as soon as it runs, before it loads the rest. */
  | { v: typeof PROTOCOL_VERSION; type: 'hello'; id: null }
  /** Sent once, unprompted, when the worker has loaded (sql.js, the transpiler) and locked its realm down. */
  | { v: typeof PROTOCOL_VERSION; type: 'ready'; id: null }
  | { v: typeof PROTOCOL_VERSION; type: 'run-result'; id: number; run: Run }
  /** After each run of a batch: the counts so far, and that run's entry (the host keeps the tally). */
  | {
      v: typeof PROTOCOL_VERSION;
      type: 'batch-progress';
      id: number;
      progress: BatchProgress;
      entry: BatchEntry;
    }
  | { v: typeof PROTOCOL_VERSION; type: 'batch-result'; id: number; summary: BatchSummary }
  /** `id` is null when the message could not even be read (no id to answer to). */
  | { v: typeof PROTOCOL_VERSION; type: 'error'; id: number | null; message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The id of a message, if it has a numeric one (to answer a malformed request). */
export function messageId(value: unknown): number | null {
  return isObject(value) && typeof value.id === 'number' ? value.id : null;
}

/** Checks the envelope of a message from the other side; returns an error text or null. */
export function envelopeError(value: unknown): string | null {
  if (!isObject(value)) return 'Malformed message: not an object.';
  if (value.v !== PROTOCOL_VERSION)
    return `Protocol version mismatch: expected ${PROTOCOL_VERSION}, got ${String(value.v)}.`;
  if (typeof value.type !== 'string') return 'Malformed message: no type.';
  return null;
}
