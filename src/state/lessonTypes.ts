/**
 * The lesson content types the app uses, from src/lessons (the content contract). The app's
 * `Lesson` is what the page is shipped: no markdown source, no expectations (types.ts PageLesson).
 */
export type {
  PageLesson as Lesson,
  Predict as PredictQuestion,
  Solution as LessonSolution,
  Goal,
  GoalResult,
} from '../lessons/index.ts';
