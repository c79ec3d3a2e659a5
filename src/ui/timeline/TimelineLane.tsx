/**
 * One context: its lifetime, when it was held, its connections, its operations and collisions.
 * Memoized, like its bars: on a playhead move only what the move changed re-renders (a bar whose
 * phase changed, the one being filled, the spans still growing).
 */
import { memo } from 'react';
import type { FlowLayout, LaneLayout } from './layoutTimeline.ts';
import { barsInRows, type LaneParts, type RowRange } from './laneParts.ts';
import { LABEL_W, laneHeight, type LaneDensity, type Scale } from './geometry.ts';
import { TimelineBar, barPhase } from './TimelineBar.tsx';
import { CollisionMarker } from './CollisionMarker.tsx';
import type { BarLayout } from './layoutTimeline.ts';

interface Props {
  lane: LaneLayout;
  density: LaneDensity;
  /** The run's flows by id: a bar's colour says which one ran it. */
  flows: Map<number, FlowLayout>;
  /** What each mark says, by trace seq (see markerText). */
  markerTexts: Map<number, string>;
  parts: LaneParts;
  /** Draw only the bars on these rows (a very long run: the rest is scrolled out of view). */
  rows: RowRange | null;
  duration: number;
  scale: Scale;
  cursor: number;
  time: number;
  onShow: (shown: { op: number; rect: DOMRect } | null) => void;
  onSeek: (bar: BarLayout) => void;
  /** Width of the lane's label column (the race lab's compare view draws narrower lanes). */
  labelWidth?: number;
}

export const TimelineLane = memo(function TimelineLane({
  lane,
  density,
  flows,
  markerTexts,
  parts,
  rows,
  duration,
  scale,
  cursor,
  time,
  onShow,
  onSeek,
  labelWidth = LABEL_W,
}: Props) {
  const height = laneHeight(lane.rows, density);
  // A short lane keeps its name and origin on one line; the lifetime moves to the tooltip.
  const compact = height < 46;
  const { bars } = parts;
  const end = lane.disposedAt ?? duration;
  const lifeLeft = scale.x(lane.createdAt);
  const lifeRight = scale.x(Math.min(end, cursor >= 0 ? Math.max(time, lane.createdAt) : lane.createdAt));
  const born = cursor >= lane.createdSeq;
  const disposedShown = lane.disposedAt !== null && lane.disposedSeq !== null && cursor >= lane.disposedSeq;
  // Its lifetime as far as the playhead has gone: "never disposed" only once the run has ended.
  const life = disposedShown
    ? `disposed at ${lane.disposedAt} ms`
    : lane.disposedAt === null && time >= duration
      ? 'never disposed'
      : `created at ${lane.createdAt} ms`;
  // Counted as the playhead reaches them: the lane must not tell the ending ahead of the animation.
  const reached = parts.markers.filter((m) => m.seq <= cursor);
  const collisions = reached.filter((m) => m.kind === 'collision').length;
  const conflicts = reached.filter((m) => m.kind === 'identity-conflict').length;
  const collided = collisions > 0 || conflicts > 0;
  return (
    <div
      className={`tl-lane${collided ? ' has-collision' : ''}${compact ? ' compact' : ''}`}
      style={{ height }}
      data-testid="timeline-lane"
      data-context={lane.context}
    >
      <div
        className="tl-lane-label"
        style={{ width: labelWidth }}
        title={compact ? `AppDb #${lane.context} · ${lane.origin} · ${life}` : undefined}
      >
        <span className="tl-lane-name">AppDb #{lane.context}</span>
        <span className="tl-lane-tags">
          <span className={`tl-origin origin-${lane.origin}`}>{lane.origin}</span>
          {collisions > 0 && (
            <span className="tl-collisions" title={`${collisions} operation(s) refused on this context`}>
              ⚡ {collisions}
            </span>
          )}
          {conflicts > 0 && (
            <span
              className="tl-collisions tl-conflicts"
              title={`${conflicts} identity conflict(s) on this context`}
            >
              ◆ {conflicts}
            </span>
          )}
        </span>
        {!compact && <span className="tl-lane-life">{life}</span>}
      </div>
      <div className="tl-track">
        <span className="tl-life-ghost" style={{ left: lifeLeft, width: scale.x(end) - lifeLeft }} />
        {born && (
          <span className="tl-life" style={{ left: lifeLeft, width: Math.max(2, lifeRight - lifeLeft) }} />
        )}
        {disposedShown && (
          <span
            className="tl-disposed"
            style={{ left: scale.x(lane.disposedAt!) }}
            title={`Disposed at ${lane.disposedAt} ms`}
          />
        )}
        {parts.held
          .filter((h) => h.start <= time)
          .map((h) => (
            <span
              key={`h${h.id}@${h.start}`}
              className="tl-held"
              style={{
                left: scale.x(h.start),
                width: Math.max(2, scale.x(Math.min(h.end, time)) - scale.x(h.start)),
                height,
              }}
              title={`Context held by operation ${h.id}`}
            />
          ))}
        {parts.connections
          .filter((c) => c.start <= time)
          .map((c) => (
            <span
              key={`c${c.id}`}
              className="tl-conn"
              style={{
                left: scale.x(c.start),
                width: Math.max(3, scale.x(Math.min(c.end, time)) - scale.x(c.start)),
              }}
              title={`Connection #${c.id} open ${c.start}–${c.end} ms`}
            >
              <span className="tl-conn-label">conn #{c.id}</span>
            </span>
          ))}
        {barsInRows(parts, rows).map((bar) => {
          const phase = barPhase(bar, cursor);
          // Only the bar being filled follows the playhead's time; the others keep equal props.
          return (
            <TimelineBar
              key={bar.op}
              bar={bar}
              hue={flows.get(bar.flow)?.hue ?? null}
              density={density}
              scale={scale}
              phase={phase}
              time={phase === 'active' ? time : 0}
              onShow={onShow}
              onSeek={onSeek}
            />
          );
        })}
        {parts.markers.map((m) => (
          <CollisionMarker
            key={m.seq}
            marker={m}
            text={markerTexts.get(m.seq) ?? m.message}
            bars={bars}
            density={density}
            scale={scale}
            reached={cursor >= m.seq}
          />
        ))}
      </div>
    </div>
  );
});
