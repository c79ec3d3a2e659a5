/** Playback of the latest run's trace: playhead, play/pause, speed. */
import type { StateCreator } from 'zustand';
import type { Run } from '../../runner/types.ts';
import {
  advance,
  endPosition,
  isAtEnd,
  positionAtEvent,
  positionAtTime,
  reachesResult,
  startPosition,
  type PlayPosition,
} from '../playback.ts';
import type { AppState } from '../store.ts';

export interface PlaybackSlice {
  pos: PlayPosition;
  playing: boolean;
  speed: number;
  /**
   * The latest run's result may be shown: the playhead has reached it once (see revealIndex), or
   * the learner skipped to it. True when there is nothing to hold back (no run yet).
   */
  revealed: boolean;
  /** Shows the end of the run and its result at once (the "Skip to result" control). */
  skipToResult: () => void;
  /** After a run: play from the start, or show the end when motion is reduced. */
  resetPlayback: (run: Run) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  tick: (dtMs: number) => void;
  stepNext: () => void;
  stepPrev: () => void;
  seekEvent: (index: number) => void;
  seekTime: (t: number) => void;
  setSpeed: (speed: number) => void;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set0, get) => {
  // Every move of the playhead goes through here: once it reaches the result, the result stays shown.
  const set = (patch: Partial<PlaybackSlice>) => {
    const { run, revealed } = get();
    if (!revealed && patch.pos && run && reachesResult(run, patch.pos)) set0({ ...patch, revealed: true });
    else set0(patch);
  };
  return {
    pos: startPosition(),
    playing: false,
    speed: 1,
    revealed: true,
    skipToResult: () => {
      const { run } = get();
      if (run) set0({ pos: endPosition(run), playing: false, revealed: true });
    },
    resetPlayback: (run) => {
      // A stopped run (a limit hit, code that does not compile) says so at once, at its end: there
      // is nothing to predict in a loop the playground cut off, and its trace may be thousands of
      // events long.
      if (prefersReducedMotion() || run.outcome === 'stopped')
        set0({ pos: endPosition(run), playing: false, revealed: true });
      else set0({ pos: startPosition(), playing: true, revealed: reachesResult(run, startPosition()) });
    },
    play: () => {
      const { run, pos } = get();
      if (!run) return;
      set({ playing: true, pos: isAtEnd(run, pos) ? startPosition() : pos });
    },
    pause: () => {
      if (get().playing) set({ playing: false });
    },
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    tick: (dtMs) => {
      const { run, pos, speed, playing } = get();
      if (!run || !playing) return;
      const next = advance(run, pos, dtMs, speed);
      set({ pos: next, playing: !isAtEnd(run, next) });
    },
    stepNext: () => {
      const { run, pos } = get();
      if (run) set({ pos: positionAtEvent(run, pos.cursor + 1), playing: false });
    },
    stepPrev: () => {
      const { run, pos } = get();
      if (run) set({ pos: positionAtEvent(run, pos.cursor - 1), playing: false });
    },
    seekEvent: (index) => {
      const { run } = get();
      if (run) set({ pos: positionAtEvent(run, index), playing: false });
    },
    seekTime: (t) => {
      const { run } = get();
      if (run) set({ pos: positionAtTime(run, t), playing: false });
    },
    setSpeed: (speed) => set({ speed }),
  };
};
