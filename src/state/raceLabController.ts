/**
 * The race lab's jobs on the run host: a batch of N seeds (`RunHost.runBatch`, in the worker),
 * a load sweep (one run per level and seed with `concurrentRequests = K`), replaying one seed,
 * and pinning a run. Progress reaches the store at most every PROGRESS_INTERVAL_MS, so a batch
 * of 1000 fast runs does not re-render the page 1000 times.
 */
import { BatchCancelledError, seedRange } from '../runner/batch.ts';
import type { Run, RunSettings } from '../runner/types.ts';
import { useApp } from './store.ts';
import { findLesson } from './lessons.ts';
import type { Lesson } from './lessonTypes.ts';
import type { Language } from './language.ts';
import { acquireRunHost, cancelHostWork, runCurrent } from './runController.ts';
import { currentCode, editorLanguage } from './slices/workspaceSlice.ts';
import {
  failedSeedOf,
  LOAD_LEVELS,
  LOAD_SEEDS,
  loadPointOf,
  raceLabBusy,
  withJitter,
} from './slices/raceLab.ts';

export const PROGRESS_INTERVAL_MS = 80;
/** Batches start at seed 1, so "seed 37 of the batch" is seed 37 in the toolbar. */
export const FIRST_SEED = 1;

function current(): { lesson: Lesson; code: string; language: Language } | null {
  const s = useApp.getState();
  const lesson = findLesson(s.lessonId);
  if (!lesson || s.runStatus === 'running' || raceLabBusy(s)) return null;
  return { lesson, code: currentCode(s, lesson), language: editorLanguage(s) };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs the editor's code with seeds 1..count (jitter on) in the worker; resolves when done. */
export async function runBatchCurrent(count = useApp.getState().batchSize): Promise<void> {
  const job = current();
  const host = job && acquireRunHost();
  if (!job || !host) return;
  const settings = withJitter(useApp.getState().settings);
  const seeds = seedRange(FIRST_SEED, count);
  useApp
    .getState()
    .batchStarted({ lessonId: job.lesson.id, code: job.code, settings, firstSeed: FIRST_SEED, total: count });
  const started = performance.now();
  const failing: number[] = [];
  let failures = 0;
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    useApp.getState().batchProgressed({
      done,
      failures,
      failingSeeds: [...failing],
      elapsedMs: performance.now() - started,
    });
  };
  try {
    const summary = await host.runBatch(
      { code: job.code, language: job.language, settings, lesson: job.lesson.id },
      seeds,
      (p) => {
        const seed = failedSeedOf(failures, p, FIRST_SEED);
        if (seed !== null) failing.push(seed);
        failures = p.failures;
        done = p.done;
        timer ??= setTimeout(flush, PROGRESS_INTERVAL_MS);
      },
    );
    useApp.getState().batchFinished(summary, performance.now() - started);
  } catch (e) {
    useApp.getState().batchStopped(e instanceof BatchCancelledError ? 'cancelled' : 'failed', message(e));
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}

let loadCancelled = false;

/** Runs the code as K = 1, 2, 4, 8, 16 concurrent requests (LOAD_SEEDS seeds each). */
export async function runLoadSweep(levels: readonly number[] = LOAD_LEVELS): Promise<void> {
  const job = current();
  const host = job && acquireRunHost();
  if (!job || !host) return;
  const settings = withJitter(useApp.getState().settings);
  loadCancelled = false;
  useApp.getState().loadStarted({ lessonId: job.lesson.id, settings, levels: [...levels] });
  try {
    for (const k of levels) {
      const runs: Run[] = [];
      for (const seed of seedRange(FIRST_SEED, LOAD_SEEDS)) {
        const run = await host.run({
          code: job.code,
          language: job.language,
          settings: { ...settings, seed },
          lesson: job.lesson.id,
          trackerSnapshots: false,
          concurrentRequests: k,
        });
        if (loadCancelled) return useApp.getState().loadStopped('cancelled');
        runs.push(run);
      }
      useApp.getState().loadPointAdded(loadPointOf(k, runs));
    }
    useApp.getState().loadStopped('done');
  } catch (e) {
    useApp.getState().loadStopped(loadCancelled ? 'cancelled' : 'failed', message(e));
  }
}

/** The Cancel button of a batch or a load sweep. */
export function cancelRaceLab(): void {
  const s = useApp.getState();
  if (s.load?.status === 'running') loadCancelled = true;
  if (raceLabBusy(s)) cancelHostWork();
}

/** A normal run (tracker on, drawn on the timeline) with `settings`, e.g. a failing seed of a batch. */
export async function replay(settings: RunSettings, concurrentRequests = 1): Promise<void> {
  useApp.getState().setSettings(settings);
  await runCurrent(undefined, { concurrentRequests });
}

/** What a piece of code is, for the compare view: the starter, a solution's title, or the learner's. */
export function codeLabel(lesson: Lesson | undefined, code: string | null): string {
  if (!lesson || code === null) return 'your code';
  if (code === lesson.starter || code === lesson.csharp.starter) return 'starter';
  return (
    lesson.solutions.find((s) => s.code === code || lesson.csharp[s.name] === code)?.title ?? 'your code'
  );
}

/** Pins the latest run (or unpins when `null`). */
export function pinLatestRun(): void {
  const s = useApp.getState();
  if (!s.run) return;
  s.pin({ run: s.run, label: codeLabel(findLesson(s.lessonId), s.runCode) });
}
