/**
 * The in-process RunHost for Node (tests, bench; the CLI runs in childHost.ts's locked-down
 * worker thread, which builds on the execute host defined here): sql.js from disk, `setImmediate` as the
 * macrotask hop, `process` 'unhandledRejection' forwarded to the simulation during a run.
 * Runs are serialized: the process-wide rejection listener must belong to one run at a time.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { loadLessonFromDisk } from '../../lessons/loadFromDisk.ts';
import type { ModelDef } from '../../sim/data/modelTypes.ts';
import { BatchCancelledError, runBatchWith } from '../batch.ts';
import { runSnippet, type ExecuteHost, type ExecuteOptions } from '../execute.ts';
import { modelForLesson } from '../lessonModel.ts';
import { SNIPPET_GLOBALS_FILE } from '../typeCheck.ts';
import type { Run, RunHost, RunRequest } from '../types.ts';

const require = createRequire(import.meta.url);
let sqlPromise: Promise<SqlJsStatic> | null = null;

/** sql.js, loaded once per process from node_modules. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlPromise ??= initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) });
  return sqlPromise;
}

export const yieldWithSetImmediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function onUnhandledRejection(listener: (reason: unknown) => void): () => void {
  const handler = (reason: unknown) => listener(reason);
  process.on('unhandledRejection', handler);
  return () => {
    process.off('unhandledRejection', handler);
  };
}

/** The repository's `lessons/` folder (this file is src/runner/node/nodeHost.ts). */
export const LESSONS_DIR = resolve(import.meta.dirname, '../../../lessons');

/** A lesson's model, read from `lessons/<id>/lesson.md` (undefined: the default model). */
export function lessonModelFromDisk(id: string): ModelDef | undefined {
  return modelForLesson(loadLessonFromDisk(fs, LESSONS_DIR, id));
}

export async function createNodeExecuteHost(): Promise<ExecuteHost> {
  return {
    sql: await loadSqlJs(),
    yieldToHost: yieldWithSetImmediate,
    now: () => performance.now(),
    onUnhandledRejection,
    resolveModel: lessonModelFromDisk,
    readDeclarations: readDeclarationsFromDisk,
  };
}

const TS_LIB_DIR = dirname(require.resolve('typescript/lib/lib.es5.d.ts'));
const declarations = new Map<string, string | undefined>();

/** TypeScript's lib files from node_modules, snippet-globals.d.ts from src/runner. */
export function readDeclarationsFromDisk(name: string): string | undefined {
  if (!/^[\w.-]+\.d\.ts$/.test(name)) return undefined;
  if (!declarations.has(name)) {
    const path =
      name === SNIPPET_GLOBALS_FILE ? resolve(import.meta.dirname, '..', name) : resolve(TS_LIB_DIR, name);
    declarations.set(name, fs.existsSync(path) ? fs.readFileSync(path, 'utf8') : undefined);
  }
  return declarations.get(name);
}

export interface NodeHostOptions {
  /** Real time a snippet may run without yielding (loop guard). Default 2000 ms. */
  guardLimitMs?: number;
}

export function createNodeHost(options: NodeHostOptions = {}): RunHost {
  let hostPromise: Promise<ExecuteHost> | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let controller: AbortController | null = null;
  let disposed = false;

  const serialize = <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task, task);
    chain = result.catch(() => undefined);
    return result;
  };

  const runOne = async (request: RunRequest, signal: AbortSignal): Promise<Run> => {
    hostPromise ??= createNodeExecuteHost();
    const execOptions: ExecuteOptions = { guardLimitMs: options.guardLimitMs, signal };
    return runSnippet(request, await hostPromise, execOptions);
  };

  const begin = (): AbortSignal => {
    if (disposed) throw new Error('RunHost disposed');
    controller = new AbortController();
    return controller.signal;
  };

  return {
    run(request) {
      return serialize(() => runOne(request, begin()));
    },
    runBatch(request, seeds, onProgress) {
      return serialize(async () => {
        const signal = begin();
        const summary = await runBatchWith((r) => runOne(r, signal), request, seeds, onProgress, signal);
        if (signal.aborted) throw new BatchCancelledError();
        return summary;
      });
    },
    cancel() {
      controller?.abort();
    },
    dispose() {
      disposed = true;
      controller?.abort();
    },
  };
}
