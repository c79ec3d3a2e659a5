import { describe, expect, it } from 'vitest';
import { runSnippet } from './execute.ts';
import { createNodeExecuteHost } from './node/nodeHost.ts';
import { batchSummaryShapeError, runShapeError } from './replyShape.ts';
import { DEFAULT_RUN_SETTINGS, type Run } from './types.ts';

/** A real run with a tracker snapshot, an SQL log and a console line: every part the check walks. */
async function aRun(): Promise<Run> {
  const host = await createNodeExecuteHost();
  const code = `const c = await db.Customers.FirstAsync(c => c.Id == 3);\nc.Name = 'x';\nconsole.log(c.Name);\n`;
  return runSnippet({ code, settings: DEFAULT_RUN_SETTINGS }, host);
}

/** A deep copy of `run` with the field at `path` set to `value`. */
function tampered(run: Run, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(run) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('runShapeError', () => {
  it('accepts a run as the runner makes it', async () => {
    const run = await aRun();
    expect(run.trace.some((e) => e.type === 'tracker')).toBe(true);
    expect(runShapeError(run)).toBeNull();
  });

  it('names the path of the first field that is wrong, down to arrays and records', async () => {
    const run = await aRun();
    const op = run.trace.findIndex((e) => e.type === 'op-start');
    expect(runShapeError(tampered(run, ['trace', op, 'op'], '1'))).toBe(
      `run.trace[${op}].op is not a finite number`,
    );
    const tracker = run.trace.findIndex((e) => e.type === 'tracker');
    expect(runShapeError(tampered(run, ['trace', tracker, 'entries', 0, 'values', 'Name'], 7))).toBe(
      `run.trace[${tracker}].entries[0].values.Name is not a string`,
    );
    expect(runShapeError(tampered(run, ['trace', 0, 'type'], 'pwned'))).toBe(
      'run.trace[0].type is not a known trace event type',
    );
    expect(runShapeError(tampered(run, ['sql', 0, 'rows'], Infinity))).toBe(
      'run.sql[0].rows is not a finite number',
    );
    expect(runShapeError(tampered(run, ['console'], 'x'))).toBe('run.console is not an array');
    expect(runShapeError(tampered(run, ['outcome'], 'pwned'))).toBe(
      'run.outcome is not one of ok, threw, stopped',
    );
    expect(runShapeError(null)).toBe('run is not an object');
  });

  it('names the root of the other replies', () => {
    expect(batchSummaryShapeError({ runs: 1 })).toBe('summary.failures is not a finite number');
  });
});
