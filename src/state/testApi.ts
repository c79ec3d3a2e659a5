/**
 * A small read-only API on `window.__playground` for the e2e tests (so they read the editor's
 * buffer and the run's outline instead of scraping Monaco's DOM or sleeping).
 */
import { useApp } from './store.ts';
import { findLesson } from './lessons.ts';
import { currentCode } from './slices/workspaceSlice.ts';
import { acquireRunHost } from './runController.ts';
import { seedRange } from '../runner/batch.ts';
import { DEFAULT_RUN_SETTINGS, type BatchSummary, type RunSettings } from '../runner/types.ts';

/** A marker the editor shows (Monaco's own TypeScript checks: owner `typescript`; the run's: `run`). */
export interface EditorMarker {
  owner: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
}

/**
 * What only the editor can tell (Monaco is a UI detail): it registers this when it mounts.
 * `markers()` resolves once Monaco's TypeScript validation of the open buffer has settled.
 */
export interface EditorProbe {
  markers(): Promise<EditorMarker[]>;
}

let editorProbe: EditorProbe | null = null;

export function registerEditorProbe(probe: EditorProbe | null): void {
  editorProbe = probe;
}

export interface PlaygroundTestApi {
  /** The markers on the open buffer once validation settled; null while the editor is not mounted. */
  markers(): Promise<EditorMarker[] | null>;
  /** The code in the editor for the current lesson. */
  code(): string;
  /** Replaces the current lesson's code, as typing would (for inputs too large to type). */
  setCode(code: string): void;
  lessonId(): string | null;
  /** The latest run, reduced to what a test compares; null before the first run. */
  runOutline(): { outcome: string; ops: string[]; exception: string | null; settings: string } | null;
  /** The race lab's batch for the current view, reduced (null before the first batch). */
  batch(): { status: string; done: number; total: number; failures: number; failingSeeds: number[] } | null;
  /**
   * Runs a batch straight on the page's run host (the worker), for the benchmark: a lesson's
   * starter (or `code`) with seeds 1..count. Resolves with the summary and the real time taken.
   */
  runBatch(options: {
    lesson: string;
    count: number;
    code?: string;
    settings?: Partial<RunSettings>;
    language?: 'typescript' | 'csharp';
  }): Promise<{ summary: BatchSummary; ms: number }>;
  /**
   * Runs `code` once straight on the page's run host (the worker), for the browser fuzz test:
   * its outcome, stop reason and the trace as JSON (compared byte for byte between hosts).
   */
  runOnce(
    code: string,
    seed?: number,
  ): Promise<{ outcome: string; stopReason: string | null; trace: string }>;
}

declare global {
  interface Window {
    __playground?: PlaygroundTestApi;
  }
}

export function exposeTestApi(): void {
  window.__playground = {
    markers: async () => (editorProbe ? editorProbe.markers() : null),
    code: () => {
      const s = useApp.getState();
      const lesson = findLesson(s.lessonId);
      return lesson ? currentCode(s, lesson) : '';
    },
    setCode: (code) => useApp.getState().setCode(code),
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
    batch: () => {
      const b = useApp.getState().batch;
      return (
        b && {
          status: b.status,
          done: b.done,
          total: b.total,
          failures: b.failures,
          failingSeeds: [...b.failingSeeds],
        }
      );
    },
    runOnce: async (code, seed = 1) => {
      const host = acquireRunHost();
      if (!host) throw new Error('No run host');
      const run = await host.run({
        code,
        settings: { ...DEFAULT_RUN_SETTINGS, seed },
        trackerSnapshots: false,
      });
      return { outcome: run.outcome, stopReason: run.stopReason ?? null, trace: JSON.stringify(run.trace) };
    },
    runBatch: async ({ lesson, count, code, settings, language }) => {
      const host = acquireRunHost();
      const found = findLesson(lesson);
      if (!host || !found) throw new Error(`No run host or no lesson ${lesson}`);
      const request = {
        code: code ?? found.starter,
        lesson,
        settings: { ...DEFAULT_RUN_SETTINGS, ...found.settings, ...settings },
        ...(language ? { language } : {}),
      };
      const start = performance.now();
      const summary = await host.runBatch(request, seedRange(1, count));
      return { summary, ms: performance.now() - start };
    },
  };
}
