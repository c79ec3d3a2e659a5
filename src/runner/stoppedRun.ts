/**
 * A Run for a snippet that did not run to completion on the simulator: a syntax error, a worker
 * that had to be killed, a cancelled run, an internal failure. Same shape as any other Run, so
 * every caller can treat every reply alike.
 */
import type { Diagnostic, Run, RunSettings } from './types.ts';
import { DEFAULT_PROVIDER } from '../sim/provider.ts';

export const CANCELLED_REASON = 'Cancelled: the run was stopped before it finished. Your code is unchanged.';

export function stoppedRun(settings: RunSettings, reason: string, diagnostics: Diagnostic[] = []): Run {
  const { latencyMs, jitterMs, seed, provider } = settings;
  return {
    outcome: 'stopped',
    exception: null,
    unobserved: [],
    contexts: [],
    operations: [],
    sql: [],
    console: [],
    durationMs: 0,
    stopReason: reason,
    settings: { latencyMs, jitterMs, seed, provider: provider ?? DEFAULT_PROVIDER },
    trace: [
      {
        seq: 0,
        t: 0,
        line: null,
        flow: 1,
        type: 'run-start',
        latencyMs,
        jitterMs,
        seed,
        provider: provider ?? DEFAULT_PROVIDER,
      },
      { seq: 1, t: 0, line: null, flow: 1, type: 'run-end', outcome: 'stopped', reason },
    ],
    requests: [],
    diagnostics,
  };
}

/** "Fix the syntax error on line N first" (the first error's line). */
export function syntaxStopReason(diagnostics: Diagnostic[]): string {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  return `Fix the syntax error on line ${first?.line ?? 1} first: ${first?.message ?? 'the code does not parse'}`;
}
