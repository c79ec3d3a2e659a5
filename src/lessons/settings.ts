/** Small helpers the app and the test share. */
import type { GoalResult } from './goals.ts';
import type { Lesson, LessonSettings } from './types.ts';

export interface FullSettings {
  latencyMs: number;
  jitterMs: number;
  seed: number;
}

/** The settings a lesson opens with (its own over the defaults), then one case's overrides. */
export function lessonRunSettings(
  lesson: Pick<Lesson, 'settings'>,
  defaults: FullSettings,
  override?: LessonSettings,
): FullSettings {
  return { ...defaults, ...(lesson.settings ?? {}), ...(override ?? {}) };
}

/** A run completes the lesson when every non-optional goal is met. */
export function requiredGoalsMet(results: GoalResult[]): boolean {
  return results.every((r) => r.met || r.optional);
}
