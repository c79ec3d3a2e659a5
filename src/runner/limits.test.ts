import { describe, expect, it } from 'vitest';
import { createSimulation, type SimSettings } from '../sim/index.ts';
import { runSnippetWith } from './executeCore.ts';
import { createNodeExecuteHost } from './node/nodeHost.ts';
import { runShapeError } from './replyShape.ts';
import { DEFAULT_RUN_SETTINGS } from './types.ts';

/** Runs `code` with some of the simulator's caps lowered (the defaults are in simulation.ts). */
async function runWith(code: string, caps: Partial<SimSettings> = {}) {
  const host = await createNodeExecuteHost();
  const run = await runSnippetWith(
    (options) => createSimulation({ ...options, settings: { ...options.settings, ...caps } }),
    { code, settings: DEFAULT_RUN_SETTINGS },
    host,
  );
  expect(runShapeError(run)).toBeNull();
  return run;
}

describe('every run is bounded and ends in a named outcome', () => {
  it('console lines: the run stops at the cap, and a long line is cut', async () => {
    const run = await runWith(`console.log('x'.repeat(50_000));\nfor (let i = 0; ; i++) console.log(i);`, {
      maxConsoleLines: 100,
    });
    expect(run.outcome).toBe('stopped');
    expect(run.stopReason).toMatch(/^Stopped after 100 console lines \(the console cap\)/);
    expect(run.console).toHaveLength(100);
    expect(run.console[0].length).toBeLessThan(10_100);
    expect(run.console[0]).toMatch(/… \(40000 more characters\)$/);
  });

  it('scheduler steps at zero virtual time: a Task.Delay(0) loop stops', async () => {
    const run = await runWith('for (;;) await Task.Delay(0);', { maxZeroTimeSteps: 500 });
    expect(run.outcome).toBe('stopped');
    expect(run.stopReason).toMatch(
      /^Stopped after 500 scheduler steps at 0 ms of simulated time without the clock moving/,
    );
  });

  it('the clock moving resets the step count', async () => {
    const run = await runWith(
      'for (let i = 0; i < 300; i++) { await Task.Delay(0); await Task.Delay(0); await Task.Delay(1); }',
      {
        maxZeroTimeSteps: 10,
      },
    );
    expect(run.outcome).toBe('ok');
  });

  it('trace events: the run stops at the cap and the trace still ends with run-end', async () => {
    const run = await runWith('for (let i = 0; i < 10_000; i++) Task.Run(async () => {});', {
      maxTraceEvents: 300,
    });
    expect(run.outcome).toBe('stopped');
    expect(run.stopReason).toMatch(/^Stopped after 300 trace events \(the trace cap\)/);
    expect(run.trace.length).toBeLessThan(310);
    expect(run.trace.at(-1)?.type).toBe('run-end');
  });

  it('an exception is plain, bounded data whatever the snippet threw', async () => {
    const huge = await runWith(`throw new Error('x'.repeat(50_000));`);
    expect(huge.exception?.message.length).toBeLessThan(10_100);
    const hostile = await runWith(
      `class Hostile extends Error { get message(): string { throw new Error('no'); } get name(): any { return { not: 'a string' }; } }\nthrow new Hostile();`,
    );
    expect(hostile.outcome).toBe('threw');
    expect(typeof hostile.exception?.type).toBe('string');
  });
});
