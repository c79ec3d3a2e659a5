/**
 * The runner's public API for the app (main thread). Boundary rule: the runner depends on
 * src/sim only, never on ui/state; and this entry stays light — it does not import the
 * transpiler (TypeScript) or the simulator, which live in the run worker (worker/runWorker.ts).
 * Node code uses node/childHost.ts (the CLI: a locked-down worker thread) or node/nodeHost.ts
 * and execute.ts directly (tests, bench: in-process, not locked down).
 */
export * from './types.ts';
export {
  createWorkerHost,
  DEFAULT_RUN_TIMEOUT_MS,
  DEFAULT_STARTUP_TIMEOUT_MS,
  type WorkerHostOptions,
} from './worker/workerHost.ts';
export {
  BatchCancelledError,
  createBatchAccumulator,
  isFailure,
  seedRange,
  summarizeBatch,
} from './batch.ts';
export { CANCELLED_REASON, stoppedRun } from './stoppedRun.ts';
export { toCliJson, formatRunText, formatBatchText } from './formatRun.ts';
export { SNIPPET_GLOBALS_DTS, SNIPPET_GLOBALS_URI, SNIPPET_COMPILER_SETTINGS } from './snippetGlobals.ts';
export { PROTOCOL_VERSION } from './workerProtocol.ts';
