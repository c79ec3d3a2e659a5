/** Test helper: lower C# and run it on the real runner + simulator, in-process. */
import { runSnippet, type ExecuteHost } from '../../runner/execute.ts';
import { createNodeExecuteHost } from '../../runner/node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS, type Run, type RunSettings } from '../../runner/types.ts';
import type { ModelDef } from '../../sim/data/modelTypes.ts';
import { lowerCSharp, type LoweredCSharp } from '../lower.ts';
import { loadNodeCSharpParser } from '../node/nodeParser.ts';

let hostPromise: Promise<ExecuteHost> | null = null;
const models = new Map<string, ModelDef | undefined>();

export function testHost(): Promise<ExecuteHost> {
  // The Node host as the CLI uses it (an un-awaited async function's failure goes to the run).
  hostPromise ??= createNodeExecuteHost().then((host) => ({
    ...host,
    resolveModel: (id: string) => models.get(id),
  }));
  return hostPromise;
}

export function registerModel(lesson: string, model: ModelDef | undefined): void {
  models.set(lesson, model);
}

export async function lower(source: string): Promise<LoweredCSharp> {
  return lowerCSharp(await loadNodeCSharpParser(), source);
}

/** Lowers and runs; throws if the C# does not lower cleanly. */
export async function runCSharp(
  source: string,
  settings: RunSettings = DEFAULT_RUN_SETTINGS,
  lesson?: string,
): Promise<Run> {
  const lowered = await lower(source);
  const errors = lowered.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length)
    throw new Error(`lowering failed: ${errors.map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  return runTs(lowered.code, settings, lesson);
}

export async function runTs(
  code: string,
  settings: RunSettings = DEFAULT_RUN_SETTINGS,
  lesson?: string,
): Promise<Run> {
  return runSnippet(
    { code, settings, trackerSnapshots: false, ...(lesson ? { lesson } : {}) },
    await testHost(),
  );
}
