/**
 * Test helper: runs a snippet through the real runner (transpiler, call sites, simulator) in
 * Node, so the simulator's rules are pinned the way a learner meets them. Test-only.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { runSnippetWith } from '../../runner/executeCore.ts';
import { createSimulation } from '../index.ts';
import type { ModelDef } from '../data/modelTypes.ts';
import type { Run } from '../trace.ts';
import type { Provider } from '../provider.ts';
import { peakOverlap } from '../../lessons/goals.ts';

let sql: Promise<SqlJsStatic> | undefined;

export interface RunOptions {
  latencyMs?: number;
  jitterMs?: number;
  seed?: number;
  provider?: Provider;
  model?: ModelDef;
  /** Load mode: the snippet as this many concurrent requests. */
  requests?: number;
}

/** Strips the common indentation so snippets can be written inline; line 1 is the first code line. */
export function dedent(code: string): string {
  const lines = code.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

export async function runCode(code: string, options: RunOptions = {}): Promise<Run> {
  sql ??= initSqlJs();
  const SQL = await sql;
  return runSnippetWith(
    createSimulation,
    {
      code: dedent(code),
      settings: {
        latencyMs: options.latencyMs ?? 30,
        jitterMs: options.jitterMs ?? 0,
        seed: options.seed ?? 1,
        ...(options.provider ? { provider: options.provider } : {}),
      },
      lesson: options.model ? 'test' : undefined,
      concurrentRequests: options.requests,
    },
    {
      sql: SQL,
      yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
      now: () => Date.now(),
      resolveModel: () => options.model,
    },
  );
}

/** The operations of a run by method name, in start order. */
export function ops(run: Run, name?: string) {
  return run.operations.filter((o) => name === undefined || o.name === name);
}

/** Largest number of database operations in flight at once: the lesson goals' own measure. */
export function maxOverlap(run: Run): number {
  return peakOverlap(run.operations, false);
}
