/** Lesson progress: started / done, the learner's prediction, how many runs. */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

export interface LessonProgress {
  status: 'in-progress' | 'done';
  /** Index of the option picked for the predict question. */
  prediction?: number;
  runs: number;
  /** How many of the lesson's hints the learner has revealed (they stay revealed). */
  hints?: number;
}

export interface ProgressSlice {
  progress: Record<string, LessonProgress>;
  recordPrediction: (lessonId: string, option: number) => void;
  /** After a run of the lesson: `solved` when every goal was met. */
  recordRun: (lessonId: string, solved: boolean) => void;
  /** Reveals the next hint of a lesson that has `total` hints (no-op once all are shown). */
  revealHint: (lessonId: string, total: number) => void;
}

const fresh: LessonProgress = { status: 'in-progress', runs: 0 };

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set, get) => ({
  progress: {},
  recordPrediction: (lessonId, option) => {
    const p = get().progress[lessonId] ?? fresh;
    set({ progress: { ...get().progress, [lessonId]: { ...p, prediction: option } } });
  },
  recordRun: (lessonId, solved) => {
    const p = get().progress[lessonId] ?? fresh;
    const status = solved || p.status === 'done' ? 'done' : 'in-progress';
    set({ progress: { ...get().progress, [lessonId]: { ...p, status, runs: p.runs + 1 } } });
  },
  revealHint: (lessonId, total) => {
    const p = get().progress[lessonId] ?? fresh;
    const hints = Math.min(total, (p.hints ?? 0) + 1);
    if (hints !== (p.hints ?? 0)) set({ progress: { ...get().progress, [lessonId]: { ...p, hints } } });
  },
});
