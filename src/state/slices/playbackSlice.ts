/** Playback of the latest run's trace: playhead, play/pause, speed. */
import type { StateCreator } from 'zustand';
import type { Run } from '../../runner/types.ts';
import { advance, endPosition, isAtEnd, positionAtEvent, positionAtTime, startPosition, type PlayPosition } from '../playback.ts';
import type { AppState } from '../store.ts';

export interface PlaybackSlice {
  pos: PlayPosition;
  playing: boolean;
  speed: number;
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

export const createPlaybackSlice: StateCreator<AppState, [], [], PlaybackSlice> = (set, get) => ({
  pos: startPosition(),
  playing: false,
  speed: 1,
  resetPlayback: (run) => {
    if (prefersReducedMotion()) set({ pos: endPosition(run), playing: false });
    else set({ pos: startPosition(), playing: true });
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
});
