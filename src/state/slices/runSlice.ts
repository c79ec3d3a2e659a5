/** The latest run of the current lesson (not persisted: the trace is re-made by pressing Run). */
import type { StateCreator } from 'zustand';
import type { Run } from '../../runner/types.ts';
import type { AppState } from '../store.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

export interface RunSlice {
  runStatus: RunStatus;
  run: Run | null;
  /** The code that produced `run` (line numbers refer to it). */
  runCode: string | null;
  /** Why the host could not produce a run (timeout, worker crash). */
  runError: string | null;
  /** Increments on every finished run; components key animations on it. */
  runSeq: number;
  startRun: () => void;
  finishRun: (run: Run, code: string) => void;
  failRun: (message: string) => void;
  clearRun: () => void;
}

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  runStatus: 'idle',
  run: null,
  runCode: null,
  runError: null,
  runSeq: 0,
  startRun: () => {
    set({ runStatus: 'running', runError: null });
    get().pause();
  },
  finishRun: (run, code) => {
    set({ runStatus: 'done', run, runCode: code, runError: null, runSeq: get().runSeq + 1 });
    get().resetPlayback(run);
  },
  failRun: (message) => set({ runStatus: 'failed', runError: message }),
  clearRun: () => {
    set({ runStatus: 'idle', run: null, runCode: null, runError: null });
    get().pause();
  },
});
