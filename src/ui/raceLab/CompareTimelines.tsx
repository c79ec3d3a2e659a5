/**
 * The pinned run above the latest one, each drawn whole with the workspace's own timeline lanes
 * (not playing: every bar and mark shown), on one time scale. Read-only: the workspace timeline
 * keeps the playhead and the details.
 */
import { useMemo, useRef } from 'react';
import type { Run } from '../../runner/types.ts';
import { runVerdict } from '../../runner/verdict.ts';
import { DENSITIES, makeScale, type Scale } from '../timeline/geometry.ts';
import { groupByLane, laneParts } from '../timeline/laneParts.ts';
import { flowsById, markerTexts } from '../timeline/markerText.ts';
import { TimelineLane } from '../timeline/TimelineLane.tsx';
import type { TimelineLayout } from '../timeline/layoutTimeline.ts';
import { useElementSize } from '../timeline/useElementSize.ts';
import { compareLayouts } from './compareScale.ts';
import { fmtSettings } from './format.ts';

/** Narrower than the workspace's label column: the drawer is a lesson column wide. */
const LABEL_W = 88;
const DENSITY = DENSITIES[2];
const noop = () => undefined;

export interface ComparedRun {
  role: 'Pinned' | 'Latest';
  label: string;
  run: Run;
}

function RunLanes({ item, layout, scale }: { item: ComparedRun; layout: TimelineLayout; scale: Scale }) {
  const parts = useMemo(() => groupByLane(layout), [layout]);
  const flows = useMemo(() => flowsById(layout), [layout]);
  const texts = useMemo(() => markerTexts(layout, flows), [layout, flows]);
  const verdict = runVerdict(item.run);
  const last = item.run.trace.length - 1;
  return (
    <figure
      className="rl-tl"
      data-testid="compare-timeline"
      data-role={item.role.toLowerCase()}
      data-duration={layout.duration}
    >
      <figcaption className="rl-tl-cap">
        <strong>{item.role}</strong> <span>{item.label}</span>{' '}
        <span className={`rl-tl-verdict${verdict.failed ? ' bad' : ''}`}>{verdict.label}</span>{' '}
        <span className="muted">
          {layout.duration} ms · {fmtSettings(item.run.settings)}
        </span>
      </figcaption>
      <div className="tl-lanes">
        {layout.lanes.map((lane) => (
          <TimelineLane
            key={lane.context}
            lane={lane}
            density={DENSITY}
            flows={flows}
            markerTexts={texts}
            parts={laneParts(parts, lane.context)}
            rows={null}
            duration={layout.duration}
            scale={scale}
            cursor={last}
            time={layout.duration}
            onShow={noop}
            onSeek={noop}
            labelWidth={LABEL_W}
          />
        ))}
        {layout.lanes.length === 0 && <p className="rl-small muted">No context was used.</p>}
      </div>
    </figure>
  );
}

export function CompareTimelines({ runs }: { runs: readonly [ComparedRun, ComparedRun] }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(ref);
  const track = Math.max(120, width - LABEL_W);
  const [a, b] = [runs[0].run, runs[1].run];
  const compared = useMemo(() => compareLayouts([a, b], track), [a, b, track]);
  const scale = useMemo(() => makeScale(track, compared.duration), [track, compared.duration]);
  return (
    <div
      className="rl-tls timeline"
      ref={ref}
      data-testid="compare-timelines"
      data-scale-ms={compared.duration}
    >
      {width > 0 &&
        runs.map((item, i) => (
          <RunLanes key={item.role} item={item} layout={compared.layouts[i]} scale={scale} />
        ))}
      <div className="tl-axis rl-tl-axis" aria-hidden="true">
        <span className="tl-axis-unit" style={{ width: LABEL_W }}>
          ms
        </span>
        <div className="tl-axis-track">
          {compared.ticks.map((t) => (
            <span key={t} className="tl-tick" style={{ left: scale.x(t) }}>
              {t}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
