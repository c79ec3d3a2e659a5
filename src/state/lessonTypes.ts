/** The lesson content types the app uses, from src/lessons (the content contract). */
export type { Lesson, Predict as PredictQuestion, Solution as LessonSolution, Goal, GoalResult } from '../lessons/index.ts';
