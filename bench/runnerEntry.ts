/**
 * What the bench measures, as one module: bench/run.ts bundles it with esbuild (the way the app
 * ships its code) instead of importing it through tsx, whose keepNames transform wraps every
 * function it creates and would add its own cost to the runner's.
 */
export { createDatabaseTemplate } from '../src/sim/data/database.ts';
export { defaultModel } from '../src/sim/data/model.ts';
export { seedRange } from '../src/runner/batch.ts';
export { runSnippet } from '../src/runner/execute.ts';
export { createNodeExecuteHost, createNodeHost, loadSqlJs } from '../src/runner/node/nodeHost.ts';
export { transpileSnippet, transpileSnippetCached } from '../src/runner/transpile.ts';
export { DEFAULT_RUN_SETTINGS } from '../src/runner/types.ts';
