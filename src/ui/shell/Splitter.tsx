/**
 * A horizontal separator between two stacked panes (WAI-ARIA window splitter): drag it, or focus
 * it and use ↑/↓ (PageUp/PageDown for big steps, Home/End for the limits); double-click resets.
 * `value` is where the boundary sits, in percent of `container`'s height.
 */
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';

interface Props {
  label: string;
  /** Id of the pane above, the one the separator sizes. */
  controls: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  onReset: () => void;
  container: RefObject<HTMLElement | null>;
  testid: string;
}

const STEP = 2;
const BIG_STEP = 10;

export function Splitter({ label, controls, value, min, max, onChange, onReset, container, testid }: Props) {
  const set = (v: number) => onChange(Math.min(max, Math.max(min, v)));
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowUp: value - STEP,
      ArrowDown: value + STEP,
      PageUp: value - BIG_STEP,
      PageDown: value + BIG_STEP,
      Home: min,
      End: max,
    };
    if (!(e.key in next)) return;
    e.preventDefault();
    e.stopPropagation();
    set(next[e.key]);
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = container.current?.getBoundingClientRect();
    if (!box || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    set(((e.clientY - box.top) / box.height) * 100);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      aria-valuetext={`${Math.round(value)}% from the top`}
      tabIndex={0}
      title={`${label}: drag, or focus and use ↑/↓. Double-click to reset.`}
      data-testid={testid}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
      }}
      onPointerMove={onMove}
      onDoubleClick={onReset}
    >
      <span className="splitter-grip" aria-hidden="true" />
    </div>
  );
}
