/** Drives playback with requestAnimationFrame while the store says `playing`. */
import { useEffect } from 'react';
import { useApp } from '../../state/store.ts';

export function usePlaybackLoop(): void {
  const playing = useApp((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      useApp.getState().tick(Math.min(100, now - last));
      last = now;
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
