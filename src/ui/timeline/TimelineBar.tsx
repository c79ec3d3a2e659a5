/** One operation: a bar from start to end, filled up to the playhead; focusable, with details. */
import { memo, type CSSProperties } from 'react';
import type { BarLayout } from './layoutTimeline.ts';
import { fmtMs, MIN_BAR_W, rowTop, type LaneDensity, type Scale } from './geometry.ts';
import { barLabelString, barLabelText, labelFits } from './barLabel.ts';

export type BarPhase = 'future' | 'active' | 'past';

/** Where the playhead (at event `cursor`) is relative to the operation. */
export function barPhase(bar: BarLayout, cursor: number): BarPhase {
  return cursor < bar.seq ? 'future' : cursor >= bar.endSeq ? 'past' : 'active';
}

interface Props {
  bar: BarLayout;
  /** The flow's hue when the run has several flows (null: one flow, no flow colour). */
  hue: number | null;
  density: LaneDensity;
  scale: Scale;
  phase: BarPhase;
  /** The playhead's time (read only while the bar is active, so callers pass 0 otherwise). */
  time: number;
  onShow: (shown: { op: number; rect: DOMRect } | null) => void;
  onSeek: (bar: BarLayout) => void;
}

/**
 * The outcome a bar shows at this playhead. Whether an operation threw is told when it ends, like
 * the lane's counts and the panels: ahead of the playhead it is not started, under it running.
 */
export type ShownStatus = BarLayout['status'] | 'pending' | 'running';

export function shownStatus(bar: BarLayout, phase: BarPhase): ShownStatus {
  return phase === 'past' ? bar.status : phase === 'active' ? 'running' : 'pending';
}

const STATUS_WORDS: Record<ShownStatus, string> = {
  ok: 'completed',
  threw: 'threw',
  unobserved: 'failed, unobserved',
  running: 'running',
  pending: 'not started yet',
};

/** What a screen reader hears after the visible label. */
export function barDetails(bar: BarLayout, phase: BarPhase): string {
  const shown = shownStatus(bar, phase);
  const status = STATUS_WORDS[shown];
  const line = bar.label.form === 'name' && bar.line ? `, line ${bar.line}` : '';
  const ex =
    shown === bar.status && bar.exceptionType && bar.label.form !== 'full' ? ` (${bar.exceptionType})` : '';
  const held = bar.held.length
    ? `, holding the context only in ${bar.held.length} stretches (one per MoveNextAsync)`
    : '';
  return `, on AppDb #${bar.context}, ${fmtMs(bar.start)} to ${fmtMs(bar.end)}${held}, ${status}${ex}${line}`;
}

export const TimelineBar = memo(function TimelineBar({
  bar,
  hue,
  density,
  scale,
  phase,
  time,
  onShow,
  onSeek,
}: Props) {
  const left = scale.x(bar.start);
  const full = Math.max(MIN_BAR_W, scale.x(bar.end) - left);
  const fill = Math.min(full, Math.max(3, scale.x(time) - left));
  const { side, room } = bar.label;
  // Until the operation has ended, its bar does not say that it throws (shownStatus).
  const ended = phase === 'past';
  const text = barLabelText(bar, bar.label.form, ended);
  const pxPerMs = scale.x(1) - scale.x(0) || 1;
  // Beside the bar: the layout reserved this room on the row; `room` is set when it had to cut.
  const maxWidth = room === null ? undefined : Math.max(0, room * pxPerMs - 8);
  const labelShown = labelFits(bar.label, full, maxWidth);
  const labelStyle =
    side === 'right'
      ? { left: full + 6, maxWidth }
      : side === 'left'
        ? { right: full + 3, maxWidth }
        : undefined;
  // A stream: the bar is open from the query to the last row, solid only where it held the context.
  const stream = bar.held.length > 0;
  return (
    <div
      aria-label={`${text.name}${text.line}${text.exception}${barDetails(bar, phase)}`}
      className={`tl-bar status-${ended ? bar.status : 'ok'} phase-${phase}${stream ? ' tl-stream' : ''}${hue === null ? '' : ' has-flow'}`}
      style={{
        left,
        top: rowTop(bar.row, density),
        width: full,
        height: density.barH,
        ...(hue === null ? {} : ({ '--flow-hue': hue } as CSSProperties)),
      }}
      data-flow={bar.flow}
      data-testid="timeline-op"
      data-op={bar.op}
      data-context={bar.context}
      data-status={bar.status}
      data-start={bar.start}
      data-end={bar.end}
      data-line={bar.line ?? ''}
      data-held={stream ? bar.held.map((h) => `${h.start}-${h.end}`).join(' ') : undefined}
      tabIndex={0}
      role="button"
      onMouseEnter={(e) => onShow({ op: bar.op, rect: e.currentTarget.getBoundingClientRect() })}
      onMouseLeave={() => onShow(null)}
      onFocus={(e) => onShow({ op: bar.op, rect: e.currentTarget.getBoundingClientRect() })}
      onBlur={() => onShow(null)}
      onClick={() => onSeek(bar)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSeek(bar);
        }
      }}
    >
      {/* Ended, the bar is filled by its own background (CSS): only the running bar has a fill. */}
      {phase === 'active' && <span className="tl-bar-fill" style={{ width: fill }} />}
      {stream &&
        bar.held
          .filter((h) => phase === 'past' || (phase === 'active' && h.start <= time))
          .map((h) => (
            <span
              key={h.start}
              className="tl-bar-held"
              data-testid="timeline-held"
              style={{
                left: scale.x(h.start) - left,
                width: Math.max(
                  2,
                  scale.x(phase === 'past' ? h.end : Math.min(h.end, time)) - scale.x(h.start),
                ),
              }}
              title={`MoveNextAsync held the context ${fmtMs(h.start)}–${fmtMs(h.end)}`}
            />
          ))}
      {labelShown && (
        <span
          className={`tl-bar-label ${side === 'inside' ? 'inside' : `outside ${side}`}`}
          style={labelStyle}
          title={room === null ? undefined : barLabelString(bar, 'full', ended)}
          aria-hidden="true"
        >
          {text.icon}
          {text.name}
          <span className="tl-bar-line">{text.line}</span>
          {text.exception && <span className="tl-bar-ex">{text.exception}</span>}
        </span>
      )}
    </div>
  );
});
