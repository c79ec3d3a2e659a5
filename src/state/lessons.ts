/**
 * The lesson catalogue as the app sees it: bundled at build time by src/lessons (no fetch), plus
 * goal evaluation on the learner's runs.
 */
import { DEFAULT_RUN_SETTINGS, type Run, type RunSettings } from '../runner/types.ts';
import { runVerdict } from '../runner/verdict.ts';
// The modules themselves, not lessons/index.ts: its parser (and YAML) must stay out of the page.
import { evaluateGoals } from '../lessons/goals.ts';
import { lessonRunSettings, requiredGoalsMet } from '../lessons/settings.ts';
import { loadLessonHtml, loadLessons } from '../lessons/bundle.ts';
import type { LessonHtml } from '../lessons/lessonHtml.ts';
import { modelPatchDeclarations } from '../lessons/modelPatch.ts';
import type { GoalResult, Lesson } from './lessonTypes.ts';

let loadError: string | null = null;

/** Every lesson, in order; empty (with `lessonLoadError()` set) when the content is broken. */
export function getLessons(): Lesson[] {
  try {
    return loadLessons();
  } catch (err) {
    loadError = err instanceof Error ? err.message : String(err);
    return [];
  }
}

export function lessonLoadError(): string | null {
  getLessons();
  return loadError;
}

/** The lesson's text and hints as HTML, rendered and sanitised at build time (scripts/lessonsModule.ts). */
export function lessonHtml(lesson: Lesson): LessonHtml {
  return loadLessonHtml(lesson.id);
}

export function findLesson(id: string | null | undefined): Lesson | undefined {
  return getLessons().find((l) => l.id === id);
}

/**
 * Goal checklist for a lesson on a run. All unmet before the first run, and after a run that was
 * stopped (a loop, a syntax error, a cancel): a run that never finished proves nothing.
 */
export function goalsFor(lesson: Lesson, run: Run | null): GoalResult[] {
  if (!run || run.outcome === 'stopped') {
    const detail = run ? 'The run was stopped before it finished.' : '';
    return lesson.goals.map((g) => ({
      id: g.id,
      text: g.text,
      met: false,
      detail,
      optional: g.optional === true,
    }));
  }
  return evaluateGoals(lesson.goals, run);
}

/**
 * Every required goal met, on a run that did not fail (the run's verdict), unless the lesson's
 * goals ask for a failure (lesson 11 wants the exception that names the key): the lesson is done.
 */
export function lessonSolved(lesson: Lesson, run: Run): boolean {
  if (runVerdict(run).failed && !lesson.goals.some(asksForFailure)) return false;
  return requiredGoalsMet(goalsFor(lesson, run));
}

function asksForFailure(goal: Lesson['goals'][number]): boolean {
  if (goal.optional) return false;
  return !!(
    goal.exception ||
    goal.raises ||
    goal.unobserved ||
    goal.collision ||
    goal.identityConflict ||
    (goal.outcome && goal.outcome !== 'ok')
  );
}

/** The settings a lesson opens with. */
export function lessonSettings(lesson: Lesson): RunSettings {
  return lessonRunSettings(lesson, DEFAULT_RUN_SETTINGS);
}

/** The lesson's additions to the snippet API's declarations (its model patch), or ''. */
export function lessonTypings(lesson: Lesson): string {
  return modelPatchDeclarations(lesson.model);
}
