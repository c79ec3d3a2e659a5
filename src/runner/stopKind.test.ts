import { describe, expect, it } from 'vitest';
import { LIMIT_REASONS } from '../sim/simulation.ts';
import { compileStopReason } from './typeCheck.ts';
import { CANCELLED_REASON, syntaxStopReason } from './stoppedRun.ts';
import { stopKind } from './stopKind.ts';
import {
  crashedStopReason,
  memoryStopReason,
  startupStopReason,
  timeoutStopReason,
} from './worker/workerHost.ts';

const stopped = (stopReason: string) => stopKind({ outcome: 'stopped', stopReason });

describe('stopKind', () => {
  it('names every stop reason the runner, the simulator and the hosts write', () => {
    const error = { severity: 'error' as const, line: 2, column: 1, endLine: 2, endColumn: 2, message: 'x' };
    expect(stopped(syntaxStopReason([error]))).toBe('syntax-error');
    expect(stopped(compileStopReason([error]))).toBe('type-error');
    expect(stopped(CANCELLED_REASON)).toBe('cancelled');
    expect(stopped(LIMIT_REASONS.zeroTimeSteps(10, 0))).toBe('scheduler-steps');
    expect(stopped(LIMIT_REASONS.consoleLines(10))).toBe('console-lines');
    expect(stopped(LIMIT_REASONS.traceEvents(10))).toBe('trace-events');
    expect(stopped(memoryStopReason(512))).toBe('memory');
    expect(stopped(startupStopReason(60_000))).toBe('startup');
    expect(stopped(timeoutStopReason(10_000))).toBe('wall-clock');
    expect(stopped(crashedStopReason('code 134'))).toBe('crashed');
    expect(
      stopped(
        'Stopped at 600000 ms of simulated time (the virtual-time cap). Is something waiting or looping forever?',
      ),
    ).toBe('virtual-time');
    expect(
      stopped('Stopped after 20000 EF Core operations (the operation cap). Is something looping forever?'),
    ).toBe('operation-cap');
    expect(
      stopped(
        'Stopped: the snippet ran for more than 2 s of real time without yielding (an infinite loop?). Your code is unchanged.',
      ),
    ).toBe('loop-guard');
  });

  it('is null for a run that did not stop, and the simulator’s own failure otherwise', () => {
    expect(stopKind({ outcome: 'threw', stopReason: null })).toBeNull();
    expect(
      stopped('Stopped: the simulator failed (boom). This is a bug in the playground, not in your code.'),
    ).toBe('simulator-error');
  });
});
