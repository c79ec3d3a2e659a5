/**
 * One time scale for two runs drawn one above the other (the race lab's compare view): both are
 * laid out against the longer run's duration, so 30 ms is the same width in both and a run that
 * took half as long is drawn half as long.
 */
import type { Run } from '../../runner/types.ts';
import { labelMetrics } from '../timeline/barLabel.ts';
import { layoutTimeline, type TimelineLayout } from '../timeline/layoutTimeline.ts';

export interface ComparedLayouts {
  /** The shared scale's length in virtual ms: the longer run's. */
  duration: number;
  /** The axis ticks (the longer run's). */
  ticks: number[];
  layouts: TimelineLayout[];
}

export function compareLayouts(runs: readonly Run[], trackWidth: number): ComparedLayouts {
  const own = runs.map((run) => layoutTimeline(run));
  const longest = own.reduce((a, b) => (b.duration > a.duration ? b : a));
  const metrics = labelMetrics(trackWidth)(longest.duration);
  // Labels measured on the shared scale, not on each run's own.
  const layouts = runs.map((run) => layoutTimeline(run, () => metrics));
  return { duration: longest.duration, ticks: longest.ticks, layouts };
}
