/**
 * The race lab: run the snippet with many seeds (batch), as K concurrent requests (load), and pin
 * one run to compare with the next. Nothing here is persisted: results are re-made by running.
 * The pure helpers below are what the controller (raceLabController.ts) and the tests share.
 */
import type { StateCreator } from 'zustand';
import { isFailure } from '../../runner/batch.ts';
import type { BatchProgress, BatchSummary, Run, RunSettings } from '../../runner/types.ts';
import type { AppState } from '../store.ts';

export const BATCH_SIZES = [10, 100, 1000] as const;
/** Concurrent requests of a load sweep. */
export const LOAD_LEVELS = [1, 2, 4, 8, 16] as const;
/** Seeds per load level (the timings differ per seed when jitter is on). */
export const LOAD_SEEDS = 4;

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface BatchState {
  status: JobStatus;
  lessonId: string;
  /** The code the batch ran (a replay of a failing seed is only faithful with the same code). */
  code: string;
  /** The settings every run used, but the seed (jitter on). */
  settings: RunSettings;
  firstSeed: number;
  total: number;
  done: number;
  failures: number;
  /** Failing seeds known so far: from the progress reports while running, then from the summary. */
  failingSeeds: number[];
  summary: BatchSummary | null;
  /** Real time the batch has taken (ms). */
  elapsedMs: number;
  error: string | null;
}

/** One level of a load sweep: how many simulated requests failed (answered 500). */
export interface LoadPoint {
  k: number;
  runs: number;
  requests: number;
  failed: number;
}

export interface LoadState {
  status: JobStatus;
  lessonId: string;
  settings: RunSettings;
  levels: number[];
  points: LoadPoint[];
  error: string | null;
}

export interface PinnedRun {
  run: Run;
  /** What the pinned code was: "starter", a solution's title, or "your code". */
  label: string;
}

export interface RaceLabSlice {
  raceLabOpen: boolean;
  batchSize: number;
  batch: BatchState | null;
  load: LoadState | null;
  pinned: PinnedRun | null;
  /** Concurrent requests of the latest run (1 = a plain run). */
  runLoad: number;
  setRaceLabOpen: (open: boolean) => void;
  setBatchSize: (n: number) => void;
  batchStarted: (b: Pick<BatchState, 'lessonId' | 'code' | 'settings' | 'firstSeed' | 'total'>) => void;
  batchProgressed: (p: { done: number; failures: number; failingSeeds: number[]; elapsedMs: number }) => void;
  batchFinished: (summary: BatchSummary, elapsedMs: number) => void;
  batchStopped: (status: 'cancelled' | 'failed', error?: string) => void;
  loadStarted: (l: Pick<LoadState, 'lessonId' | 'settings' | 'levels'>) => void;
  loadPointAdded: (p: LoadPoint) => void;
  loadStopped: (status: 'done' | 'cancelled' | 'failed', error?: string) => void;
  pin: (p: PinnedRun | null) => void;
  setRunLoad: (k: number) => void;
}

/**
 * The settings a batch or a load sweep runs with: the learner's, with jitter turned on (with
 * jitter 0 every seed gives the same run), half the latency (at least 1 ms) when it is off.
 */
export function withJitter(settings: RunSettings): RunSettings {
  if (settings.jitterMs > 0) return settings;
  return { ...settings, jitterMs: Math.max(1, Math.round(settings.latencyMs / 2)) };
}

/**
 * The seed a progress report says failed, if any: reports come one per run, in order, so the
 * failure count grows by one exactly when run `done` (seed `firstSeed + done - 1`) failed.
 */
export function failedSeedOf(
  previousFailures: number,
  progress: BatchProgress,
  firstSeed: number,
): number | null {
  return progress.failures > previousFailures ? firstSeed + progress.done - 1 : null;
}

/**
 * Aggregates the runs of one load level. Every simulated request counts (200 or 500); a run with
 * no request records (K = 1 is a plain run) counts as one request, failed when the run failed;
 * a stopped run counts all its K requests as failed.
 */
export function loadPointOf(k: number, runs: readonly Run[]): LoadPoint {
  let requests = 0;
  let failed = 0;
  for (const run of runs) {
    if (run.outcome === 'stopped') {
      const n = Math.max(k, run.requests.length);
      requests += n;
      failed += n;
    } else if (run.requests.length === 0) {
      requests += 1;
      failed += isFailure(run) ? 1 : 0;
    } else {
      requests += run.requests.length;
      failed += run.requests.filter((r) => r.status >= 500).length;
    }
  }
  return { k, runs: runs.length, requests, failed };
}

const idle = (s: JobStatus | undefined) => s !== 'running';

export const createRaceLabSlice: StateCreator<AppState, [], [], RaceLabSlice> = (set, get) => ({
  raceLabOpen: false,
  batchSize: 100,
  batch: null,
  load: null,
  pinned: null,
  runLoad: 1,
  setRaceLabOpen: (raceLabOpen) => set({ raceLabOpen }),
  setBatchSize: (batchSize) => set({ batchSize }),
  batchStarted: (b) =>
    set({
      batch: {
        ...b,
        status: 'running',
        done: 0,
        failures: 0,
        failingSeeds: [],
        summary: null,
        elapsedMs: 0,
        error: null,
      },
    }),
  batchProgressed: (p) => {
    const batch = get().batch;
    if (batch?.status === 'running') set({ batch: { ...batch, ...p } });
  },
  batchFinished: (summary, elapsedMs) => {
    const batch = get().batch;
    if (batch?.status !== 'running') return;
    set({
      batch: {
        ...batch,
        status: 'done',
        summary,
        done: summary.runs,
        failures: summary.failures,
        failingSeeds: summary.failingSeeds,
        elapsedMs,
      },
    });
  },
  batchStopped: (status, error) => {
    const batch = get().batch;
    if (batch && !idle(batch.status)) set({ batch: { ...batch, status, error: error ?? null } });
  },
  loadStarted: (l) => set({ load: { ...l, status: 'running', points: [], error: null } }),
  loadPointAdded: (p) => {
    const load = get().load;
    if (load?.status === 'running')
      set({ load: { ...load, points: [...load.points.filter((x) => x.k !== p.k), p] } });
  },
  loadStopped: (status, error) => {
    const load = get().load;
    if (load && !idle(load.status)) set({ load: { ...load, status, error: error ?? null } });
  },
  pin: (pinned) => set({ pinned }),
  setRunLoad: (runLoad) => set({ runLoad }),
});

/** A batch or a load sweep is using the run host: single runs wait (the Run button is disabled). */
export function raceLabBusy(s: Pick<RaceLabSlice, 'batch' | 'load'>): boolean {
  return s.batch?.status === 'running' || s.load?.status === 'running';
}
