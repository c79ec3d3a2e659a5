/** Small helpers the app and the test share. */
import type { GoalResult } from './goals.ts';
import type { Lesson, LessonSettings } from './types.ts';
import type { Provider } from '../sim/provider.ts';

export interface FullSettings {
  latencyMs: number;
  jitterMs: number;
  seed: number;
  provider?: Provider;
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

/**
 * The C# a lesson shows for one of its files (`starter`, `solution-…`): its runnable twin, with
 * the lesson's ASP.NET wiring (`Program.cs`) after it when the lesson has one.
 */
export function csharpFor(lesson: Pick<Lesson, 'csharp' | 'programCs'>, stem: string): string {
  const twin = lesson.csharp[stem] ?? lesson.csharp.starter ?? '';
  return lesson.programCs
    ? `${twin.trimEnd()}\n\n// ---- Program.cs (ASP.NET Core wiring; shown, not run) ----\n${lesson.programCs}`
    : twin;
}
