/** Details of the hovered or focused operation: timing, line, outcome, its SQL. Fixed-positioned
 * beside the bar so the timeline's scroll box never clips it. */
import type { BarLayout, FlowLayout } from './layoutTimeline.ts';
import { fmtMs } from './geometry.ts';
import type { OpIndex } from '../trace/describeEvent.ts';
import type { ShownStatus } from './TimelineBar.tsx';

const STATUS_TEXT: Record<ShownStatus, string> = {
  ok: 'ok',
  threw: 'threw',
  unobserved: 'unobserved',
  running: 'running',
  pending: 'not started',
};

const WIDTH = 380;
const ROOM = 190;

export function BarTooltip({
  bar,
  rect,
  ops,
  flow,
  status,
}: {
  bar: BarLayout;
  /** What the bar shows at the playhead: its outcome only once it has ended (shownStatus). */
  status: ShownStatus;
  rect: DOMRect;
  ops: OpIndex;
  flow?: FlowLayout;
}) {
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - WIDTH - 8));
  const below = rect.bottom + ROOM < window.innerHeight;
  const style = below ? { left, top: rect.bottom + 6 } : { left, bottom: window.innerHeight - rect.top + 6 };
  const ended = status === bar.status;
  const holder = ended && bar.collidedWith ? ops.get(bar.collidedWith) : undefined;
  return (
    <div className="tl-tip" role="tooltip" style={{ ...style, width: WIDTH }} data-testid="bar-tooltip">
      <div className="tl-tip-head">
        <strong>{bar.name}</strong>
        <span className="muted">
          {' '}
          #{bar.op} on AppDb #{bar.context}
          {flow && ` · ${flow.label}`}
        </span>
        <span className={`tl-tip-status status-${status}`}>{STATUS_TEXT[status]}</span>
      </div>
      <div className="tl-tip-meta">
        line {bar.line ?? '?'} · {fmtMs(bar.start)} → {fmtMs(bar.end)} ({fmtMs(bar.end - bar.start)})
        {bar.summary && ended && bar.status === 'ok' ? ` · ${bar.summary}` : ''}
      </div>
      {ended && bar.exceptionType && <div className="tl-tip-ex">{bar.exceptionType}</div>}
      {holder && (
        <div className="tl-tip-ex">
          Refused: {holder.name} (line {holder.line ?? '?'}) held the context.
        </div>
      )}
      {bar.sql.map((s, i) => (
        <pre key={i} className="tl-tip-sql">
          {s.text}
        </pre>
      ))}
      {bar.sql.length === 0 && <div className="muted">No SQL sent.</div>}
    </div>
  );
}
