/** The time axis in virtual ms; clicking or dragging on it moves the playhead. */
import type { PointerEvent } from 'react';
import { useApp } from '../../state/store.ts';
import type { TimelineLayout } from './layoutTimeline.ts';
import { LABEL_W, PAD_L, PAD_R, type Scale } from './geometry.ts';

export function TimelineAxis({
  layout,
  scale,
  time,
}: {
  layout: TimelineLayout;
  scale: Scale;
  time: number;
}) {
  const seek = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const usable = rect.width - PAD_L - PAD_R;
    const t = ((e.clientX - rect.left - PAD_L) / usable) * layout.duration;
    useApp.getState().seekTime(Math.max(0, Math.min(layout.duration, t)));
  };
  return (
    <div className="tl-axis" aria-hidden="true">
      <span className="tl-axis-unit" style={{ width: LABEL_W }}>
        virtual ms
      </span>
      <div
        className="tl-axis-track"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          seek(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons & 1) seek(e);
        }}
      >
        {layout.ticks.map((t) => (
          <span key={t} className="tl-tick" style={{ left: scale.x(t) }}>
            {t}
          </span>
        ))}
        <span className="tl-axis-head" style={{ left: scale.x(time) }} />
      </div>
    </div>
  );
}
