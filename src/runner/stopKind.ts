/**
 * The name of the way a run stopped (`--json`'s `stoppedBy`), read from its stop reason. Every
 * stop reason the runner, the simulator and the hosts write is matched here; stopKind.test.ts
 * builds each one from its own function, so a reworded message cannot slip through as unnamed.
 */
import type { Run } from './types.ts';

export type StopKind =
  | 'syntax-error'
  | 'type-error'
  | 'cancelled'
  | 'loop-guard'
  | 'scheduler-steps'
  | 'console-lines'
  | 'trace-events'
  | 'virtual-time'
  | 'operation-cap'
  | 'wall-clock'
  | 'memory'
  | 'startup'
  | 'crashed'
  | 'simulator-error';

const PATTERNS: readonly (readonly [RegExp, StopKind])[] = [
  [/^Fix the syntax error/, 'syntax-error'],
  [/^The code does not compile/, 'type-error'],
  [/^Cancelled/, 'cancelled'],
  [/of real time without yielding/, 'loop-guard'],
  [/\(the step cap\)/, 'scheduler-steps'],
  [/\(the console cap\)/, 'console-lines'],
  [/\(the trace cap\)/, 'trace-events'],
  [/\(the virtual-time cap\)/, 'virtual-time'],
  [/\(the operation cap\)/, 'operation-cap'],
  [/of real time, so its worker/, 'wall-clock'],
  [/MB of memory/, 'memory'],
  [/did not start within/, 'startup'],
  [/worker (crashed|stopped unexpectedly)|process exited|thread exited/, 'crashed'],
];

/** The named reason behind a stopped Run (null when it did not stop). */
export function stopKind(run: Pick<Run, 'outcome' | 'stopReason'>): StopKind | null {
  if (run.outcome !== 'stopped') return null;
  const reason = run.stopReason ?? '';
  return PATTERNS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'simulator-error';
}
