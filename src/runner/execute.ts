/**
 * `runSnippet`: the shared core bound to the real simulator. Hosts (node/, worker/) call this.
 */
import { createSimulation } from '../sim/index.ts';
import { runSnippetWith, type ExecuteHost, type ExecuteOptions } from './executeCore.ts';
import type { Run, RunRequest } from './types.ts';

export type { ExecuteHost, ExecuteOptions } from './executeCore.ts';

/** Transpiles and runs one snippet on a fresh simulation; always resolves with a Run. */
export function runSnippet(request: RunRequest, host: ExecuteHost, options?: ExecuteOptions): Promise<Run> {
  return runSnippetWith(createSimulation, request, host, options);
}
