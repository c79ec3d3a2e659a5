/**
 * The vertical window of a scrolling element (its scrollTop and height), for drawing only the
 * timeline rows in view. Updated at most once per animation frame, in steps of `step` px so that
 * a small scroll does not re-render anything.
 */
import { useEffect, useState, type RefObject } from 'react';

export interface ScrollWindow {
  top: number;
  height: number;
}

export function useScrollWindow(ref: RefObject<HTMLElement | null>, step: number): ScrollWindow {
  const [view, setView] = useState<ScrollWindow>({ top: 0, height: 600 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const top = Math.floor(el.scrollTop / step) * step;
      const height = Math.ceil(el.clientHeight / step) * step;
      setView((v) => (v.top === top && v.height === height ? v : { top, height }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    el.addEventListener('scroll', schedule, { passive: true });
    // Not a read() here: on mount that forced a layout of the whole page in the middle of React's
    // commit (20–30 ms of the cold load). The observer reports the first size after the browser's
    // own layout, when reading it costs nothing.
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', schedule);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, step]);
  return view;
}
