/**
 * Lesson content: parsing (front matter, expectations) and goal evaluation. Pure, no DOM: the
 * app, the CLI and the tests share it. The app gets the lessons from `./bundle.ts`
 * (`loadLessons()`, Vite only); Node code from `./loadFromDisk.ts`.
 */
export type {
  Lesson,
  PageLesson,
  LessonSettings,
  Predict,
  Solution,
  ExpectationCase,
  FileExpectation,
  ModelPatch,
} from './types.ts';
export type { Goal, GoalResult, GoalMatcher, GoalRequires, ExceptionSpec, OverlapSpec } from './goals.ts';
export { evaluateGoals, evaluateGoal, MATCHER_KEYS } from './goals.ts';
export { parseLesson, LessonError } from './parseLesson.ts';
export { lessonsFromPaths } from './groupFiles.ts';
export { applyModelPatch } from './modelPatch.ts';
export { csharpFor, lessonRunSettings, requiredGoalsMet } from './settings.ts';
