/**
 * Runs the current lesson's code on a RunHost (a Web Worker in the browser). A run that does
 * not settle within RUN_TIME_LIMIT_MS is cancelled, its host torn down, and the next run gets a
 * fresh one. The host is created ahead of time (`warmRunHost`) so the worker and sql.js boot
 * while the learner reads.
 */
import { DEFAULT_RUN_SETTINGS, type Run, type RunHost } from '../runner/types.ts';
import { DEFAULT_RUN_TIMEOUT_MS, DEFAULT_STARTUP_TIMEOUT_MS } from '../runner/index.ts';
import { useApp } from './store.ts';
import { findLesson, lessonSolved } from './lessons.ts';
import { currentCode, editorLanguage } from './slices/workspaceSlice.ts';
import { raceLabBusy } from './slices/raceLab.ts';

/**
 * Backstop above the worker host's own limits (which answer with a `stopped` Run): the worker's
 * start-up, then the run's 10 s. It only fires if the host itself never answers.
 */
export const RUN_TIME_LIMIT_MS = DEFAULT_STARTUP_TIMEOUT_MS + DEFAULT_RUN_TIMEOUT_MS + 5_000;

let createHost: (() => RunHost) | null = null;
let host: RunHost | null = null;
let active = 0;

/** Called once at start-up with the browser's host factory (tests pass a fake). */
export function configureRunHost(factory: () => RunHost): void {
  createHost = factory;
  host?.dispose();
  host = null;
}

/** The host that warmRunHost has warmed (a new host after a drop is warmed again). */
let warmedHost: RunHost | null = null;

/**
 * Creates the host and starts its worker, which answers at once and loads nothing more yet: the
 * app calls this first thing, so the worker's small entry is up while the page builds.
 */
export function startRunHost(): void {
  if (host || !createHost) return;
  host = createHost();
  host.start?.();
}

/**
 * Loads what runs need (sql.js, the compiler, the simulator) and sends an empty snippet, so all
 * of it is ready before the learner's first Run. The app calls this once the editor has mounted:
 * the two would otherwise compete for the same cores at start-up. Any Run or batch calls it too.
 */
export function warmRunHost(): void {
  startRunHost();
  if (!host || warmedHost === host) return;
  warmedHost = host;
  host.warm?.();
  host
    // No tracker snapshots: like a batch run, it skips the type check while the checker is cold,
    // so the answer does not wait for the libraries' parse (the worker prewarms it meanwhile).
    .run({ code: '', settings: DEFAULT_RUN_SETTINGS, trackerSnapshots: false })
    // The benchmark's first-Run figure (bench/browser.ts).
    .then(() => performance.mark('run-host-ready'))
    .catch(() => undefined);
}

/** The current host (created on demand), for the race lab's batches and load sweeps. */
export function acquireRunHost(): RunHost | null {
  warmRunHost();
  return host;
}

/** Ends what the host is doing (a batch rejects, a run resolves `stopped`); the host stays usable. */
export function cancelHostWork(): void {
  host?.cancel();
}

function dropHost(): void {
  try {
    host?.cancel();
    host?.dispose();
  } finally {
    host = null;
  }
}

class RunTimeout extends Error {}

/** What a run belongs to: its lesson, its language, and whether its code came from a share link. */
interface RunTag {
  lesson: string;
  shared: boolean;
  language: string;
}

function tagOf(state: ReturnType<typeof useApp.getState>, lesson: string): RunTag {
  return {
    lesson,
    shared: state.shared !== null && state.shared.lesson === lesson,
    language: editorLanguage(state),
  };
}

/**
 * A result is stale when the learner left its lesson (or its share link, or its language) while
 * it ran: it must not land beside other code. Edits to the same lesson keep it (the Run keeps the
 * code it ran, and the screen marks an edited buffer).
 */
function isStale(tag: RunTag): boolean {
  const state = useApp.getState();
  const now = tagOf(state, tag.lesson);
  return state.lessonId !== tag.lesson || now.shared !== tag.shared || now.language !== tag.language;
}

function withTimeout(p: Promise<Run>, ms: number): Promise<Run> {
  return new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RunTimeout()), ms);
    p.then(
      (r) => (clearTimeout(timer), resolve(r)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** What a single run may add to the learner's settings (the race lab's load mode). */
export interface RunOptions {
  /** Run the snippet as this many concurrent simulated requests (default 1). */
  concurrentRequests?: number;
}

/**
 * Runs the editor's code for the current lesson, in the editor's language; resolves when the run is in the store. Does
 * nothing while a race-lab batch or load sweep has the host.
 */
export async function runCurrent(limitMs = RUN_TIME_LIMIT_MS, options: RunOptions = {}): Promise<void> {
  const state = useApp.getState();
  const lesson = findLesson(state.lessonId);
  if (!lesson || state.runStatus === 'running' || raceLabBusy(state)) return;
  const load = Math.max(1, Math.floor(options.concurrentRequests ?? 1));
  warmRunHost();
  if (!host) return state.failRun('The runner is not available.');
  const code = currentCode(state, lesson);
  const language = editorLanguage(state);
  const tag = tagOf(state, lesson.id);
  const id = ++active;
  state.startRun();
  try {
    const request = {
      code,
      language,
      settings: state.settings,
      lesson: lesson.id,
      trackerSnapshots: true,
      ...(load > 1 ? { concurrentRequests: load } : {}),
    };
    const run = await withTimeout(host.run(request), limitMs);
    if (id !== active || isStale(tag)) return; // the learner moved on: this result is not theirs
    performance.mark('run-received'); // the benchmark splits Run → drawn at this point

    useApp.getState().setRunLoad(load);
    useApp.getState().finishRun(run, code);
    const solved = lessonSolved(lesson, run);
    useApp.getState().recordRun(lesson.id, solved);
    if (run.outcome !== 'ok' || run.unobserved.length) useApp.getState().setPanelTab('exception');
  } catch (err) {
    if (id !== active) return;
    dropHost();
    if (isStale(tag)) return;
    useApp
      .getState()
      .failRun(
        err instanceof RunTimeout
          ? `The run did not finish within ${limitMs / 1000} s, so it was stopped. Look for a loop that never ends or an await that never completes. The next run starts fresh.`
          : `The runner stopped unexpectedly (${err instanceof Error ? err.message : String(err)}). The next run starts fresh.`,
      );
  }
}

/** Stops the run in progress (the Stop button). */
export function stopRun(): void {
  if (useApp.getState().runStatus !== 'running') return;
  active++;
  dropHost();
  useApp.getState().failRun('Run stopped. The next run starts fresh.');
}
