/**
 * A small read-only API on `window.__playground` for the e2e tests (so they read the editor's
 * buffer and the run's outline instead of scraping Monaco's DOM or sleeping).
 */
import { useApp } from './store.ts';
import { findLesson } from './lessons.ts';
import { currentCode } from './slices/workspaceSlice.ts';

export interface PlaygroundTestApi {
  /** The code in the editor for the current lesson. */
  code(): string;
  lessonId(): string | null;
  /** The latest run, reduced to what a test compares; null before the first run. */
  runOutline(): { outcome: string; ops: string[]; exception: string | null; settings: string } | null;
}

declare global {
  interface Window {
    __playground?: PlaygroundTestApi;
  }
}

export function exposeTestApi(): void {
  window.__playground = {
    code: () => {
      const s = useApp.getState();
      return currentCode(s, findLesson(s.lessonId)?.starter ?? '');
    },
    lessonId: () => useApp.getState().lessonId,
    runOutline: () => {
      const run = useApp.getState().run;
      if (!run) return null;
      return {
        outcome: run.outcome,
        ops: run.operations.map((o) => `${o.context}:${o.name}@${o.line}[${o.start}-${o.end}]${o.status}`),
        exception: run.exception ? `${run.exception.type}@${run.exception.line}` : null,
        settings: JSON.stringify(run.settings),
      };
    },
  };
}
