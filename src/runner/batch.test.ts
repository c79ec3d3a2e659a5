import { describe, expect, it } from 'vitest';
import { summarizeBatch } from './batch.ts';
import { stoppedRun } from './stoppedRun.ts';
import type { ExceptionInfo, Run } from './types.ts';

const ex = (type: string, line: number | null): ExceptionInfo => ({ type, message: 'm', line, stack: '' });
function run(
  seed: number,
  outcome: Run['outcome'],
  exception: ExceptionInfo | null = null,
  unobserved: ExceptionInfo[] = [],
): Run {
  return { ...stoppedRun({ latencyMs: 30, jitterMs: 5, seed }, 'x'), outcome, exception, unobserved };
}

describe('summarizeBatch', () => {
  it('counts outcomes, failures (incl. unobserved-only), and groups by type and line, most frequent first', () => {
    const summary = summarizeBatch([
      run(1, 'ok'),
      run(2, 'threw', ex('InvalidOperationException', 7)),
      run(3, 'ok', null, [ex('ObjectDisposedException', 12)]),
      run(4, 'threw', ex('InvalidOperationException', 7)),
      run(5, 'stopped'),
    ]);
    expect(summary).toEqual({
      runs: 5,
      failures: 4,
      failureRate: 0.8,
      outcomes: { ok: 2, threw: 2, stopped: 1 },
      byException: [
        { type: 'InvalidOperationException', line: 7, count: 2 },
        { type: 'Stopped', line: null, count: 1 },
        { type: 'ObjectDisposedException', line: 12, count: 1 },
      ],
      failingSeeds: [2, 3, 4, 5],
    });
  });

  it('handles an empty batch', () => {
    expect(summarizeBatch([])).toMatchObject({ runs: 0, failures: 0, failureRate: 0 });
  });
});
